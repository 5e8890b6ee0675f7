// Sign-in through Cloudflare Access (middleware/access.ts, admin-session.ts): a token Access signed for one of a
// site's admins opens the admin API; any other token, however close, does not. Keys are made here: no network.
import jwt from '@tsndr/cloudflare-worker-jwt'
import { beforeAll, describe, expect, it } from 'vitest'
import { setSiteAdmins } from '../../../worker/db/site-admins'
import { signIn } from '../support/admin'
import { AUD, ISSUER, accessEnv, accessRequest, accessToken, makeKey, type SigningKey } from '../support/access'
import { uniqueEmail } from '../support/ids'
import { testEnv } from '../support/request'
import { seedSite } from '../support/seed'

const UNAUTHORIZED = { error: { code: 'unauthorized', message: 'Sign in at /admin first.' } }

let key: SigningKey
let admin: string
let site: string

beforeAll(async () => {
  key = await makeKey()
  admin = uniqueEmail('moderator')
  site = await seedSite()
  await setSiteAdmins(testEnv.DB, site, [admin]).run()
})

const session = (token: string | undefined, options: { keys?: SigningKey[]; at?: number } = {}) =>
  accessRequest('/api/admin/session', { token, keys: options.keys ?? [key], at: options.at })

describe('GET /api/admin/session with a Cloudflare Access token', () => {
  it('signs in an admin a site lists, by the email in the token, and names their sites', async () => {
    const res = await session(await accessToken(key, admin))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ user: admin, access: { sites: [site] } })
  })

  it('matches the email whatever its case', async () => {
    const res = await session(await accessToken(key, admin.toUpperCase()))
    expect(await res.json()).toEqual({ user: admin, access: { sites: [site] } })
  })

  it('accepts an audience given as one string, as well as a list', async () => {
    expect((await session(await accessToken(key, admin, { aud: AUD }))).status).toBe(200)
  })

  it.each([
    ['expired', { exp: Math.floor(Date.now() / 1000) - 1 }],
    ['for another application (audience)', { aud: ['someone-elses-aud'] }],
    ['issued by another team', { iss: 'https://other-team.cloudflareaccess.com' }],
    ['not valid until tomorrow', { nbf: Math.floor(Date.now() / 1000) + 86400 }],
    ['without an email (an Access service token)', { email: undefined, common_name: 'ci.access' }],
    ['with an email that is no address', { email: 'moderator' }],
  ])('refuses a token %s with 401', async (_, claims) => {
    const res = await session(await accessToken(key, admin, claims))
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual(UNAUTHORIZED)
  })

  it('refuses a token signed with another key under the same key id', async () => {
    const impostor = await makeKey(key.kid)
    expect((await session(await accessToken(impostor, admin))).status).toBe(401)
  })

  it('refuses a token whose key the team never published, after asking for the keys afresh', async () => {
    const stranger = await makeKey()
    expect((await session(await accessToken(stranger, admin))).status).toBe(401)
  })

  it('refuses a token signed with HS256 or none, whatever key it names', async () => {
    const claims = { aud: [AUD], iss: ISSUER, email: admin, exp: Math.floor(Date.now() / 1000) + 3600 }
    const hs = await jwt.sign(claims, 'shared secret', { algorithm: 'HS256', header: { kid: key.kid } })
    const none = await jwt.sign(claims, undefined, { algorithm: 'none', header: { kid: key.kid } })
    for (const token of [hs, none, 'garbage', `${hs}x`, 'a.b.c']) expect((await session(token)).status).toBe(401)
  })

  it('checks expiry on the request clock', async () => {
    const token = await accessToken(key, admin)
    expect((await session(token, { at: Date.now() + 59 * 60 * 1000 })).status).toBe(200)
    expect((await session(token, { at: Date.now() + 61 * 60 * 1000 })).status).toBe(401)
  })

  it('refuses a valid token of someone no site lists with 403, saying why', async () => {
    const stranger = uniqueEmail('stranger')
    const res = await session(await accessToken(key, stranger))
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({
      error: { code: 'unauthorized', message: `${stranger} is not an admin of any site; ask the owner.` },
    })
  })

  it('ignores the header while ACCESS_TEAM_DOMAIN or ACCESS_AUD is unset', async () => {
    const token = await accessToken(key, admin)
    for (const env of [
      { ...accessEnv, ACCESS_AUD: '' },
      { ...accessEnv, ACCESS_TEAM_DOMAIN: '' },
    ]) {
      expect((await accessRequest('/api/admin/session', { token, keys: [key], env })).status).toBe(401)
    }
  })

  it("takes the owner's session cookie first when both come", async () => {
    const headers = { cookie: await signIn() }
    const res = await accessRequest('/api/admin/session', {
      token: await accessToken(key, admin),
      keys: [key],
      headers,
    })
    expect(await res.json()).toEqual({ user: testEnv.ADMIN_USER })
  })

  it('signs out with 204 and leaves ending the Access session to Access', async () => {
    const res = await accessRequest('/api/admin/logout', {
      method: 'POST',
      token: await accessToken(key, admin),
      keys: [key],
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toBeNull()
  })
})
