// Signed tokens (challenge, edit, follow, unsubscribe, moderation, admin session, a reader's own page and the mail link
// that asks for it): each carries a purpose and an expiry, and a token of one purpose is refused for any other.
import jwt from '@tsndr/cloudflare-worker-jwt'
import { networkOf } from './ip-address'
import { toHex } from './proof'

export type TokenPurpose =
  'challenge' | 'edit' | 'author' | 'follow_confirm' | 'unsubscribe' | 'moderate' | 'admin_session' | 'me' | 'me_ask'

type Claims = Record<string, string | number | boolean>

export async function signToken(
  secret: string,
  purpose: TokenPurpose,
  claims: Claims,
  expiresAtMs: number,
): Promise<string> {
  return jwt.sign({ ...claims, purpose, exp: Math.floor(expiresAtMs / 1000) }, secret)
}

/** The token's claims, or null when it is malformed, forged, expired or made for another purpose. */
export async function verifyToken<T extends Claims>(
  secret: string,
  token: unknown,
  purpose: TokenPurpose,
  nowMs: number,
): Promise<(T & { exp: number }) | null> {
  if (typeof token !== 'string' || token.length > 4096) return null
  let verified
  try {
    // The library checks exp against the wall clock; we check it against our own clock below, so tests can move time.
    verified = await jwt.verify<T & { purpose: string }>(token, secret, {
      algorithm: 'HS256',
      clockTolerance: Number.MAX_SAFE_INTEGER,
    })
  } catch {
    return null
  }
  const payload = verified?.payload
  if (!payload || payload.purpose !== purpose || typeof payload.exp !== 'number' || payload.exp * 1000 <= nowMs)
    return null
  return payload as T & { exp: number }
}

/** Keyed hash (HMAC-SHA-256, hex) so IPs and answers are never stored or sent in the clear. */
export async function keyedHash(secret: string, value: string): Promise<string> {
  return toHex(await crypto.subtle.sign('HMAC', await hmacKey(secret), new TextEncoder().encode(value)))
}

// A post hashes its IP, its avatar and its code: the key is imported once per isolate, not once per hash.
let cachedKey: { secret: string; key: Promise<CryptoKey> } | undefined

function hmacKey(secret: string): Promise<CryptoKey> {
  if (cachedKey?.secret !== secret) {
    cachedKey = {
      secret,
      key: crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
        'sign',
      ]),
    }
  }
  return cachedKey.key
}

/**
 * The keyed hash of a client's network (cf-connecting-ip; an IPv6 address by its /64): the only form in which an IP is
 * ever stored, and the key of its rate limit and its blocks.
 */
export async function hashIp(secret: string, ip: string | undefined): Promise<string> {
  return (await keyedHash(secret, `ip:${networkOf(ip ?? 'unknown')}`)).slice(0, 32)
}
