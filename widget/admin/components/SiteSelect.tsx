// A labelled choice of site (or all sites), for filtering the lists.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { Site } from '../../../worker/admin-types'
import { useAdmin } from '../context'
import { Choice } from './Choice'

export function SiteSelect({ id, value, onChange }: { id: string; value: string; onChange: (site: string) => void }) {
  const { t, api, fail } = useAdmin()
  const [sites, setSites] = useState<Site[]>([])
  useEffect(() => {
    api.sites().then((r) => setSites(r.items), fail)
  }, [])
  const names = new Map(sites.map((s) => [s.id, `${s.name} (${s.id})`]))
  return (
    <Choice
      id={id}
      label={t.site}
      all={t.all}
      options={[...names.keys()]}
      text={(site) => names.get(site) ?? site}
      value={value}
      onChange={onChange}
    />
  )
}
