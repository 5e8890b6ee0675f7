// The admin API's origin lock (middleware/same-origin.ts): only the admin page itself may call it, never cached.
import { describe, expect, it } from 'vitest'
import { CREDENTIALS, adminRequest, login, signIn } from '../support/admin'

describe('cross-site requests to /api/admin/*', () => {
  it('refuses another Origin with 403 forbidden_origin, even with a valid session', async () => {
    const cookie = await signIn()
    for (const origin of ['https://evil.example', 'http://localhost:8787', 'null']) {
      const res = await adminRequest('/api/admin/session', { cookie, origin })
      expect(res.status).toBe(403)
      expect(await res.json()).toEqual({
        error: { code: 'forbidden_origin', message: 'Admin requests are accepted only from the admin page itself.' },
      })
    }
  })

  it('refuses Sec-Fetch-Site cross-site and same-site, and accepts same-origin and none', async () => {
    const cookie = await signIn()
    const withSite = (site: string) =>
      adminRequest('/api/admin/session', { cookie, origin: null, headers: { 'sec-fetch-site': site } })
    expect((await withSite('cross-site')).status).toBe(403)
    expect((await withSite('same-site')).status).toBe(403)
    expect((await withSite('same-origin')).status).toBe(200)
    expect((await withSite('none')).status).toBe(200)
  })

  it('refuses a cross-site sign-in before counting or checking it', async () => {
    expect((await login(CREDENTIALS, { origin: 'https://evil.example' })).status).toBe(403)
  })

  it('answers admin requests with Cache-Control: no-store', async () => {
    const res = await adminRequest('/api/admin/session', { cookie: await signIn() })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})
