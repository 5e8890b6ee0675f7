// The public API's CORS (middleware/site-access.ts): a site's listed origins get a grant, every other origin none,
// and the admin API none at all.
import { describe, expect, it } from 'vitest'
import { listComments, solvedChallenge } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request } from '../support/request'
import { seedSite } from '../support/seed'

describe('CORS on the public API', () => {
  it('grants a listed origin on reads', async () => {
    const site = await seedSite()
    const res = await request(`/api/comments?site=${site}&thread=/a`)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
  })

  it('gives an unlisted origin no grant and refuses its writes with 403 forbidden_origin', async () => {
    const site = await seedSite()
    const read = await request(`/api/comments?site=${site}&thread=/a`, { origin: 'https://evil.example' })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
    const thread = newThreadKey()
    const write = await request('/api/comments', {
      method: 'POST',
      origin: 'https://evil.example',
      json: { site, thread, name: 'Eve', body: 'x', ...(await solvedChallenge(site)) },
    })
    expect(write.status).toBe(403)
    expect(await write.json()).toEqual({
      error: { code: 'forbidden_origin', message: "This page's origin is not allowed for this site." },
    })
    expect(write.headers.get('access-control-allow-origin')).toBeNull()
    expect((await listComments(site, thread)).comments).toEqual([])
  })

  it('answers a preflight from a listed origin with the allowed methods and headers', async () => {
    await seedSite()
    const res = await request('/api/comments/1', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'PATCH' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization')
  })

  it('gives no preflight grant for the admin API, even to an origin a site lists', async () => {
    await seedSite()
    const res = await request('/api/admin/comments', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a preflight from an unlisted origin', async () => {
    await seedSite()
    const res = await request('/api/comments', { method: 'OPTIONS', origin: 'https://evil.example' })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(res.status).toBe(403)
  })
})
