// A labelled choice of site (or all sites), for filtering the lists.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { Site } from '../../../worker/admin-types'
import { useAdmin } from '../context'

export function SiteSelect({ id, value, onChange }: { id: string; value: string; onChange: (site: string) => void }) {
  const { t, api, fail } = useAdmin()
  const [sites, setSites] = useState<Site[]>([])
  useEffect(() => {
    api.sites().then((r) => setSites(r.items), fail)
  }, [])
  return (
    <div class="f">
      <label for={id}>{t.site}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t.all}</option>
        {sites.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.id})
          </option>
        ))}
      </select>
    </div>
  )
}
