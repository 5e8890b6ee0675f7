// Sign-in through Cloudflare Access. When ACCESS_TEAM_DOMAIN and ACCESS_AUD are set, the Cf-Access-Jwt-Assertion
// header that Access adds to each request it let through names the admin by email. The header by itself proves nothing:
// anyone can send one, for instance to the workers.dev address that Access may not guard. So every token is verified
// here: RS256 with one of the team's published keys, our application's audience, the team as issuer, not expired.
import jwt from '@tsndr/cloudflare-worker-jwt'
import { isMailbox, normaliseEmail } from '../email-address'
import type { AccessKey, AccessKeySource, Env } from '../env'

export type AccessConfig = { issuer: string; audience: string; certsUrl: string }

/** Room for any real Access token; a longer header is refused before any work. */
const MAX_TOKEN_LENGTH = 8192
/** Clocks differ a little: a token may say it is valid from a few seconds in our future. */
const NOT_BEFORE_LEEWAY_S = 60

/** The team's issuer and certs URL, from `myteam`, `myteam.cloudflareaccess.com` or `https://myteam…`; null when off. */
export function accessConfig(env: Env): AccessConfig | null {
  const team = env.ACCESS_TEAM_DOMAIN?.trim()
  const audience = env.ACCESS_AUD?.trim()
  if (!team || !audience) return null
  const host = team.replace(/^https?:\/\//i, '').replace(/\/+$/, '')
  const domain = host.includes('.') ? host : `${host}.cloudflareaccess.com`
  return { issuer: `https://${domain}`, audience, certsUrl: `https://${domain}/cdn-cgi/access/certs` }
}

type AccessClaims = { email?: unknown; aud?: unknown; iss?: unknown; exp?: unknown; nbf?: unknown }

/** The key the token names, from the cached set, or from a fresh one when the team has published a new key since. */
async function keyFor(config: AccessConfig, kid: string, keys: AccessKeySource) {
  const find = (set: AccessKey[]) => set.find((key): key is AccessKey & { kid: string } => key.kid === kid) ?? null
  return find(await keys(config.certsUrl, false)) ?? find(await keys(config.certsUrl, true))
}

function readHeader(token: string): { alg?: unknown; kid?: unknown } | null {
  try {
    return jwt.decode<object, { kid?: unknown }>(token).header ?? null
  } catch {
    return null
  }
}

/** The admin's email (lower case), or null: malformed, another algorithm, unknown key, bad signature, audience, issuer,
 *  expiry, or no email (an Access service token names no person). */
export async function verifyAccessToken(
  token: string | undefined,
  config: AccessConfig,
  keys: AccessKeySource,
  nowMs: number,
): Promise<string | null> {
  if (!token || token.length > MAX_TOKEN_LENGTH) return null
  const header = readHeader(token)
  // Only RS256, whatever the token says of itself: an "alg: none" or HS256 token never reaches a key.
  if (header?.alg !== 'RS256' || typeof header.kid !== 'string') return null
  const key = await keyFor(config, header.kid, keys)
  if (!key) return null
  let claims: AccessClaims | undefined
  try {
    // The library checks exp against the wall clock; ours is checked below against the request's clock.
    const verified = await jwt.verify<AccessClaims>(token, key, {
      algorithm: 'RS256',
      clockTolerance: Number.MAX_SAFE_INTEGER,
    })
    claims = verified?.payload
  } catch {
    return null
  }
  if (!claims) return null
  const nowS = nowMs / 1000
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!audiences.includes(config.audience) || claims.iss !== config.issuer) return null
  if (typeof claims.exp !== 'number' || claims.exp <= nowS) return null
  if (typeof claims.nbf === 'number' && claims.nbf > nowS + NOT_BEFORE_LEEWAY_S) return null
  if (typeof claims.email !== 'string' || !isMailbox(claims.email)) return null
  return normaliseEmail(claims.email)
}
