// The admin API's one entry (admin/index.ts): sign-in is open, and every other route it mounts is behind the session.
import { describe, expect, it } from 'vitest'
import { app } from '../../../worker/app'
import { signToken } from '../../../worker/tokens'
import { CREDENTIALS, SELF, signIn } from '../support/admin'
import { request, testEnv } from '../support/request'

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
const SESSION_MS = 12 * 60 * 60 * 1000
const later = () => Date.now() + 60 * 60 * 1000
const call = (method: string, url: string, cookie?: string, at?: number) =>
  request(url, {
    method,
    origin: SELF,
    at,
    headers: cookie ? { cookie } : {},
    ...(method === 'GET' ? {} : { json: {} }),
  })

describe('the admin route table', () => {
  it('holds every admin area, so the guard test below covers them', () => {
    const areas = new Set(ADMIN_ROUTES.map((r) => r.path.split('/')[3]))
    expect([...areas].sort()).toEqual([
      'audit',
      'blocks',
      'comments',
      'export',
      'logout',
      'mail-health',
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
    // A real session, used the moment its 12 hours are over.
    const expired = await call(method, url, await signIn(), Date.now() + SESSION_MS)
    expect(expired.status).toBe(401)
  })
})
