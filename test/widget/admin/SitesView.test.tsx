// The sites tab: each site with a link that downloads all of it as Parley's JSON (GET /api/admin/export).
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { SitesView } from '../../../widget/admin/components/SitesView'
import { AdminCtx } from '../../../widget/admin/context'
import { adminApi } from '../../../widget/admin/admin-api'
import { adminStrings } from '../../../widget/admin/i18n'
import { until } from '../page'
import { resetAdmin, stubAdmin } from './admin-stub'

afterEach(resetAdmin)

const blog = {
  id: 'blog',
  name: 'Blog',
  allowedOrigins: ['https://ann.example'],
  ownerEmail: null,
  notifyOwner: false,
  moderation: 'none',
  altGateModeration: 'first_time',
  language: 'nl',
  admins: [],
}

describe('SitesView', () => {
  it('offers each site as a JSON file to download, in the owner’s language', async () => {
    stubAdmin({ 'GET /api/admin/sites': () => ({ body: { items: [blog] } }) })
    const ctx = {
      t: adminStrings('nl'),
      lang: 'nl' as const,
      api: adminApi,
      owner: false,
      announce: () => {},
      fail: () => {},
    }
    render(
      <AdminCtx.Provider value={ctx}>
        <SitesView />
      </AdminCtx.Provider>,
      document.body,
    )
    const link = await until(() => document.querySelector<HTMLAnchorElement>('a[download]'))
    expect(link.getAttribute('href')).toBe('/api/admin/export?site=blog')
    expect(link.textContent).toBe('Alles van blog (draden, reacties, volgers) als JSON downloaden')
  })
})
