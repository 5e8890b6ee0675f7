// /api/admin/login and /logout (admin/sign-in.ts): the configured credentials, exactly as typed, get a session cookie;
// guessing is rate-limited; signing out revokes the session.
import { describe, expect, it } from 'vitest'
import { CREDENTIALS, adminRequest, login, signIn } from '../support/admin'
import { testEnv } from '../support/request'

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
    const signInWith = (password: string) => login({ user: CREDENTIALS.user, password }, { env: spaced })
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
