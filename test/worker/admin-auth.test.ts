import { describe, expect, it } from 'vitest'
import { credentialsMatch } from '../../worker/middleware/admin-session'
import { app } from '../../worker/app'
import { signToken } from '../../worker/tokens'
import { CREDENTIALS, SELF, adminRequest, login, signIn } from './admin-helpers'
import { BASE, randomIp, request, testEnv } from './helpers'

// Every admin route as the app registered it, so a route added later is in this table without anyone listing it.
// Sign-in is the one route meant to be reachable without a session.
const OPEN = new Set(['POST /api/admin/login'])
const ADMIN_ROUTES = [
  ...new Set(
    app.routes.filter((r) => r.path.startsWith('/api/admin') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`),
  ),
]
  .filter((route) => !OPEN.has(route))
  .map((route) => {
    const [method, path] = route.split(' ') as [string, string]
    return { method, path, url: path.replace(/:[a-z]+/gi, '1') }
  })

const UNAUTHORIZED = { error: { code: 'unauthorized', message: 'Sign in at /admin first.' } }
const later = () => Date.now() + 60 * 60 * 1000
const call = (method: string, url: string, cookie?: string) =>
  request(url, { method, origin: SELF, headers: cookie ? { cookie } : {}, ...(method === 'GET' ? {} : { json: {} }) })

describe('the admin route table', () => {
  it('holds every admin area, so the guard test below covers them', () => {
    const areas = new Set(ADMIN_ROUTES.map((r) => r.path.split('/')[3]))
    expect([...areas].sort()).toEqual([
      'audit',
      'blocks',
      'comments',
      'logout',
      'outbox',
      'session',
      'sites',
      'threads',
    ])
    expect(ADMIN_ROUTES.length).toBeGreaterThanOrEqual(20)
  })
})

describe.each(ADMIN_ROUTES)('$method $path', ({ method, url }) => {
  it('refuses a request without a session with 401', async () => {
    const res = await call(method, url)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual(UNAUTHORIZED)
  })

  it('refuses tokens of other purposes (edit, unsubscribe, moderate), a forged and an expired session', async () => {
    const cookies = [
      await signToken(testEnv.SIGNING_KEY, 'edit', { cid: 1, sub: CREDENTIALS.user }, later()),
      await signToken(testEnv.SIGNING_KEY, 'unsubscribe', { fid: 1, sub: CREDENTIALS.user }, later()),
      await signToken(testEnv.SIGNING_KEY, 'moderate', { cid: 1, act: 'approve', jti: 'x' }, later()),
      await signToken('not-the-signing-key', 'admin_session', { sub: CREDENTIALS.user, cv: 'x', jti: 'x' }, later()),
      await signToken(
        testEnv.SIGNING_KEY,
        'admin_session',
        { sub: CREDENTIALS.user, cv: 'x', jti: 'x' },
        Date.now() - 1000,
      ),
      'garbage',
    ]
    for (const token of cookies) expect((await call(method, url, `parley_admin=${token}`)).status).toBe(401)
  })
})

describe('POST /api/admin/login', () => {
  it('signs in with the configured credentials and sets an HttpOnly, Secure, SameSite=Strict session cookie', async () => {
    const res = await login(CREDENTIALS)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ user: CREDENTIALS.user })
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^parley_admin=[\w.-]+; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Strict$/)
    const session = await adminRequest('/api/admin/session', { cookie: cookie.split(';')[0]! })
    expect(await session.json()).toEqual({ user: CREDENTIALS.user })
  })

  it('refuses a wrong password or user name with 401 and sets no cookie', async () => {
    for (const body of [
      { ...CREDENTIALS, password: 'wrong' },
      { ...CREDENTIALS, user: 'Owner' },
      { user: 'x', password: CREDENTIALS.password },
    ]) {
      const res = await login(body)
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({
        error: { code: 'unauthorized', message: 'The user name or password is not right.' },
      })
      expect(res.headers.get('set-cookie')).toBeNull()
    }
  })

  it('answers 429 with Retry-After once an IP spent its sign-in attempts, even for the right password', async () => {
    const ip = '192.0.2.200'
    const limit = Number(testEnv.RATE_LIMIT_PER_10_MIN)
    for (let i = 0; i < limit; i++)
      expect((await login({ ...CREDENTIALS, password: `guess ${i}` }, { ip })).status).toBe(401)
    const res = await login(CREDENTIALS, { ip })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect((await login(CREDENTIALS, { ip: '192.0.2.201' })).status).toBe(200)
  })

  it('compares the password exactly as typed: spaces at its ends count, and a near miss is refused', async () => {
    const spaced = { ...testEnv, ADMIN_PASSWORD: ' two  spaces\tand a tab ' }
    const signInWith = (password: string) =>
      app.request(
        `${BASE}/api/admin/login`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: SELF, 'cf-connecting-ip': randomIp() },
          body: JSON.stringify({ user: CREDENTIALS.user, password }),
        },
        spaced,
      )
    expect((await signInWith(' two  spaces\tand a tab ')).status).toBe(200)
    expect((await signInWith('two spaces and a tab')).status).toBe(401)
    expect((await login({ ...CREDENTIALS, password: ` ${CREDENTIALS.password} ` })).status).toBe(401)
  })

  it('validates the body', async () => {
    const res = await login({ user: CREDENTIALS.user })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'validation_failed', message: 'password is required.', field: 'password' },
    })
  })
})

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

describe('POST /api/admin/logout', () => {
  it('clears the cookie and revokes the session, so a copy of the cookie no longer works', async () => {
    const cookie = await signIn()
    const res = await adminRequest('/api/admin/logout', { method: 'POST', cookie })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(
      /^parley_admin=; Max-Age=0; Path=\/; HttpOnly; Secure; SameSite=Strict/,
    )
    expect((await adminRequest('/api/admin/session', { cookie })).status).toBe(401)
  })
})

describe('credentialsMatch', () => {
  it('refuses everyone while ADMIN_USER or ADMIN_PASSWORD is not set', async () => {
    expect(await credentialsMatch({ ...testEnv, ADMIN_PASSWORD: undefined }, CREDENTIALS.user, '')).toBe(false)
    expect(await credentialsMatch({ ...testEnv, ADMIN_USER: '' }, '', CREDENTIALS.password)).toBe(false)
    expect(await credentialsMatch(testEnv, CREDENTIALS.user, CREDENTIALS.password)).toBe(true)
  })
})
