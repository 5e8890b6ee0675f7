// GET /api/counts: published comment counts for many threads of one site, in one answer and without a full scan.
import { describe, expect, it } from 'vitest'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { busySite, fullScans } from '../support/query-plans'
import { recordedRequest, request } from '../support/request'
import { seedSite } from '../support/seed'

describe('GET /api/counts', () => {
  it('counts published comments for many threads in one answer, zero for unknown ones', async () => {
    const site = await seedSite()
    const [a, b] = [newThreadKey(), newThreadKey()]
    for (const thread of [a, a, b]) await postOk(site, thread)
    const res = await request(`/api/counts?site=${site}&thread=${a}&thread=${b}&thread=/none`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ counts: { [a]: 2, [b]: 1, '/none': 0 } })
  })

  it('refuses a request without threads', async () => {
    const site = await seedSite()
    expect((await request(`/api/counts?site=${site}`)).status).toBe(400)
  })

  it('counts 20 threads without a full scan', async () => {
    const { site, thread } = await busySite()
    const keys = [thread, ...Array.from({ length: 19 }, (_, i) => `/none-${i}`)]
    const { res, calls } = await recordedRequest(
      `/api/counts?site=${site}&${keys.map((k) => `thread=${encodeURIComponent(k)}`).join('&')}`,
    )
    expect(res.status).toBe(200)
    expect(await fullScans(calls)).toEqual([])
  })
})
