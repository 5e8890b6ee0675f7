// X-Parley-D1-Stats (middleware/d1-stats.ts): a request's D1 round trips and rows, behind a local-only switch.
import { describe, expect, it } from 'vitest'
import { newThreadKey } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

describe('X-Parley-D1-Stats', () => {
  it('reports round trips and rows when the local switch is on', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedComments(await seedThread(site, thread), 200)
    const res = await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`, {
      env: { ...testEnv, EXPOSE_D1_STATS: 'true' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Parley-D1-Stats')).toMatch(
      /^round-trips=2; rows-read=\d+; rows-written=0; sql-ms=[\d.]+; wait-ms=\d+$/,
    )
  })

  it('is absent when the switch is off', async () => {
    const site = await seedSite()
    const res = await request(`/api/comments?site=${site}&thread=/a`)
    expect(res.headers.get('X-Parley-D1-Stats')).toBeNull()
  })
})
