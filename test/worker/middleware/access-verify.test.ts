// Cloudflare Access tokens one by one (middleware/access.ts): how the key source is asked, and how the team's issuer
// and certs URL are read from ACCESS_TEAM_DOMAIN.
import { beforeAll, describe, expect, it } from 'vitest'
import { accessConfig, verifyAccessToken } from '../../../worker/middleware/access'
import { AUD, ISSUER, TEAM, accessEnv, accessToken, keySource, makeKey, type SigningKey } from '../support/access'
import { uniqueEmail } from '../support/ids'

let key: SigningKey
const admin = uniqueEmail('moderator')

beforeAll(async () => {
  key = await makeKey()
})

describe('verifyAccessToken', () => {
  const config = () => accessConfig(accessEnv)!

  it('asks the key source once for a known key, and afresh once for an unknown one', async () => {
    const known = keySource([key])
    expect(await verifyAccessToken(await accessToken(key, admin), config(), known.source, Date.now())).toBe(admin)
    expect(known.asked).toEqual([{ url: `${ISSUER}/cdn-cgi/access/certs`, refresh: false }])
    const unknown = keySource([key])
    const token = await accessToken(await makeKey(), admin)
    expect(await verifyAccessToken(token, config(), unknown.source, Date.now())).toBeNull()
    expect(unknown.asked.map((a) => a.refresh)).toEqual([false, true])
  })

  it('never asks for keys for a header longer than any real token', async () => {
    const { source, asked } = keySource([key])
    expect(await verifyAccessToken('x'.repeat(9000), config(), source, Date.now())).toBeNull()
    expect(asked).toEqual([])
  })
})

describe('accessConfig', () => {
  it.each([TEAM, `https://${TEAM}/`, 'parley-test'])('reads the team from "%s"', (team) => {
    expect(accessConfig({ ...accessEnv, ACCESS_TEAM_DOMAIN: team })).toEqual({
      issuer: ISSUER,
      audience: AUD,
      certsUrl: `${ISSUER}/cdn-cgi/access/certs`,
    })
  })
})
