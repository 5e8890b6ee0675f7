// The edge cache of the public reads: a repeated read costs no D1 query; a write purges; a reader with a bookmark
// (who just wrote) always reads D1, so they see their own comment.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { solvedChallenge } from '../support/api'
import { newThreadKey } from '../support/ids'
import { recordedRequest, request, testEnv, type RequestOptions } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

const env = { ...testEnv, CACHE_TTL_SECONDS: '30' }
const cached = (path: string, options: RequestOptions = {}) => recordedRequest(path, { ...options, env })

async function post(site: string, thread: string, body: string) {
  const json = { site, thread, name: 'Ann', body, ...(await solvedChallenge(site)) }
  const res = await request('/api/comments', { method: 'POST', json, env })
  expect(res.status).toBe(201)
  return res.headers.get('x-parley-bookmark')!
}

describe('the edge cache', () => {
  it('answers a repeated read of the thread, its fragment, counts and feed without touching D1', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await post(site, thread, 'Cached once')
    const q = new URLSearchParams({ thread })
    for (const path of [
      `/api/comments?site=${site}&${q}`,
      `/api/counts?site=${site}&${q}`,
      `/embed/${site}?${q}`,
      `/feed/${site}.atom?${q}`,
    ]) {
      const first = await cached(path)
      expect(first.res.headers.get('x-parley-cache'), path).toBe('miss')
      const again = await cached(path)
      expect(again.res.headers.get('x-parley-cache'), path).toBe('hit')
      expect(again.calls, path).toEqual([])
      expect(await again.res.text()).toBe(await first.res.text())
    }
  })

  it('grants CORS to the site’s origins on a hit, and refuses other origins as without the cache', async () => {
    const site = await seedSite()
    const path = `/api/comments?site=${site}&thread=${encodeURIComponent(newThreadKey())}`
    await cached(path)
    const hit = await cached(path)
    expect(hit.res.headers.get('x-parley-cache')).toBe('hit')
    expect(hit.res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
    expect(hit.res.headers.get('cache-control')).toBe('no-store')
    const other = await cached(path, { origin: 'https://evil.example' })
    expect(other.res.status).toBe(403)
  })

  it('shows a new comment to the next reader after a write, and its author reads past the cache', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const path = `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`
    await cached(path)
    const bookmark = await post(site, thread, 'Fresh one')
    const own = await cached(path, { headers: { 'x-parley-bookmark': bookmark } })
    expect(own.res.headers.get('x-parley-cache')).toBe('bypass')
    expect(await own.res.text()).toContain('Fresh one')
    const next = await cached(path)
    expect(next.res.headers.get('x-parley-cache')).toBe('miss')
    expect(await next.res.text()).toContain('Fresh one')
  })

  it('serves a stale answer once past the TTL while it makes a fresh one, then the fresh one', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const path = `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`
    const t0 = Date.now()
    await cached(path, { at: t0 })
    // Written straight into D1: no write through the API, so no purge.
    await seedComments(await seedThread(site, thread), 1)
    const stale = await cached(path, { at: t0 + 31_000 })
    expect(stale.res.headers.get('x-parley-cache')).toBe('stale')
    expect(((await stale.res.json()) as ListResponse).comments).toHaveLength(0)
    const fresh = await cached(path, { at: t0 + 32_000 })
    expect(fresh.res.headers.get('x-parley-cache')).toBe('hit')
    expect(((await fresh.res.json()) as ListResponse).comments).toHaveLength(1)
  })
})
