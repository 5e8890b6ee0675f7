// The sites and their settings, each editable in place with its export to download, and for the owner a form to add one.
import { h } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { Site } from '../../../worker/admin-types'
import { useAdmin } from '../context'
import { SiteForm } from './SiteForm'

export function SitesView() {
  const { t, api, owner, fail } = useAdmin()
  const [sites, setSites] = useState<Site[] | null>(null)
  const reload = () => api.sites().then((r) => setSites(r.items), fail)
  useEffect(() => void reload(), [])

  return (
    <section aria-labelledby="vh">
      <h2 id="vh">{t.tabs.sites}</h2>
      {sites === null && <p class="meta">{t.loading}</p>}
      {sites?.map((site) => (
        <div key={site.id}>
          <SiteForm site={site} onSaved={reload} />
          <p>
            <a href={api.exportUrl(site.id)} download>
              {t.exportSite(site.id)}
            </a>
          </p>
        </div>
      ))}
      {owner && <SiteForm site={null} onSaved={reload} />}
    </section>
  )
}
