// D1 Sessions (middleware/d1-session.ts): every answer carries the bookmark of its session, and a reader who sends one
// back reads at least that fresh, so an author sees their own comment at once.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { postComment } from '../support/api'
import { newThreadKey } from '../support/ids'
import { ORIGIN, request } from '../support/request'
import { seedSite } from '../support/seed'

const BOOKMARK = /^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{32}$/
// Later than any real bookmark: locally a session keeps the newest bookmark it knows, so this one comes back if it was used.
const FUTURE = 'ffffffff-ffffffff-ffffffff-ffffffffffffffffffffffffffffffff'

const list = (site: string, thread: string, bookmark?: string) =>
  request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`, {
    headers: bookmark === undefined ? {} : { 'X-Parley-Bookmark': bookmark },
  })

describe('X-Parley-Bookmark (D1 Sessions)', () => {
  it('answers a list with the bookmark of the session that read it', async () => {
    const site = await seedSite()
    const res = await list(site, newThreadKey())
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Parley-Bookmark')).toMatch(BOOKMARK)
  })

  it('answers a post with a bookmark later than the one its author last read at', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const before = (await list(site, thread)).headers.get('X-Parley-Bookmark')!
    const res = await postComment(site, thread)
    expect(res.status).toBe(201)
    const after = res.headers.get('X-Parley-Bookmark')!
    expect(after).toMatch(BOOKMARK)
    // Bookmarks are fixed-width hex, so their order is their string order.
    expect(after > before).toBe(true)
  })

  it('lets the author read their own comment with the bookmark from the post', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const posted = await postComment(site, thread)
    const bookmark = posted.headers.get('X-Parley-Bookmark')!
    const res = await list(site, thread, bookmark)
    expect(res.status).toBe(200)
    expect(((await res.json()) as ListResponse).comments).toHaveLength(1)
    expect(res.headers.get('X-Parley-Bookmark')! >= bookmark).toBe(true)
  })

  it('opens the read session at the bookmark the reader sends', async () => {
    const site = await seedSite()
    const res = await list(site, newThreadKey(), FUTURE)
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Parley-Bookmark')).toBe(FUTURE)
  })

  it('ignores a malformed bookmark instead of failing the request', async () => {
    const site = await seedSite()
    const res = await list(site, newThreadKey(), 'zzzz-not-a-bookmark')
    expect(res.status).toBe(200)
    expect(res.headers.get('X-Parley-Bookmark')).toMatch(BOOKMARK)
  })

  it('lets the allowed origin send the header and read it back', async () => {
    const site = await seedSite()
    const preflight = await request('/api/comments', {
      method: 'OPTIONS',
      headers: { 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'x-parley-bookmark' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('X-Parley-Bookmark')
    const res = await list(site, newThreadKey())
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe(ORIGIN)
    expect(res.headers.get('Access-Control-Expose-Headers')).toContain('X-Parley-Bookmark')
  })
})
