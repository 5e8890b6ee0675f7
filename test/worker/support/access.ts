// Cloudflare Access in tests, without a network: RSA keys made here, tokens signed as Access signs them, and the app run
// with a key source that hands out the public keys (production fetches them from the team's certs URL instead).
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import jwt from '@tsndr/cloudflare-worker-jwt'
import { createApp } from '../../../worker/app'
import type { AccessKey, Env } from '../../../worker/env'
import { SELF } from './admin'
import { buildRequest, testEnv, type RequestOptions } from './request'

export const TEAM = 'parley-test.cloudflareaccess.com'
export const ISSUER = `https://${TEAM}`
export const AUD = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9'

/** The test bindings with Access switched on for the team above. */
export const accessEnv: Env = { ...testEnv, ACCESS_TEAM_DOMAIN: TEAM, ACCESS_AUD: AUD }

export type SigningKey = { kid: string; privateKey: CryptoKey; publicJwk: AccessKey }

export async function makeKey(kid = `kid-${crypto.randomUUID()}`): Promise<SigningKey> {
  const pair = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair
  const exported = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey
  return { kid, privateKey: pair.privateKey, publicJwk: { ...exported, kid, alg: 'RS256', use: 'sig' } }
}

/** A token as Access issues it for `email`: our audience, the team as issuer, valid for an hour from `nowMs`. */
export function accessToken(key: SigningKey, email: string, claims: Record<string, unknown> = {}, nowMs = Date.now()) {
  const now = Math.floor(nowMs / 1000)
  const payload = {
    aud: [AUD],
    email,
    iss: ISSUER,
    iat: now,
    nbf: now,
    exp: now + 3600,
    sub: crypto.randomUUID(),
    ...claims,
  }
  return jwt.sign(payload, key.privateKey, { algorithm: 'RS256', header: { kid: key.kid } })
}

/** Where the keys come from in these tests: the public halves of `keys`, and a count of each ask. */
export function keySource(keys: SigningKey[]) {
  const asked: { url: string; refresh: boolean }[] = []
  const source = async (url: string, refresh: boolean) => {
    asked.push({ url, refresh })
    return keys.map((k) => k.publicJwk)
  }
  return { source, asked }
}

export type AccessOptions = RequestOptions & { token?: string; keys: SigningKey[] }

/** An admin request from the admin page, as Access forwards it: with the Cf-Access-Jwt-Assertion header. */
export async function accessRequest(path: string, { token, keys, headers, ...options }: AccessOptions) {
  const h = new Headers(headers)
  if (token !== undefined) h.set('cf-access-jwt-assertion', token)
  const req = buildRequest(path, { origin: SELF, ...options, headers: h })
  const ctx = createExecutionContext()
  const at = options.at
  const app = createApp(at === undefined ? Date.now : () => at, keySource(keys).source)
  const res = await app.fetch(req, options.env ?? accessEnv, ctx)
  await waitOnExecutionContext(ctx)
  return res
}
