// Cloudflare Turnstile, the gate a site may choose instead of the code or beside it (sites.gate): the one HTTP call to
// its siteverify endpoint (https://developers.cloudflare.com/turnstile/get-started/server-side-validation/). Optional:
// without TURNSTILE_SITE_KEY and the TURNSTILE_SECRET_KEY secret, every site keeps the code.
import type { Site } from '../domain'
import type { Env } from '../env'
import { errorFields, logEvent } from '../log'
import { signChallenge } from './token'

const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'
const TIMEOUT_MS = 5_000
/** Turnstile's tokens are at most 2,048 characters. */
export const TURNSTILE_TOKEN_MAX = 2048

export type TurnstileKeys = { siteKey: string; secret: string }

/** The token of a site whose gate is Turnstile alone: no code, so its answer is empty; Turnstile is the check. */
export const issueTurnstilePass = async (secret: string, siteId: string, nowMs: number) => ({
  ...(await signChallenge(secret, siteId, nowMs, 'turnstile', '')),
  answer: '',
})

export const turnstileKeys = (env: Env): TurnstileKeys | null =>
  env.TURNSTILE_SITE_KEY && env.TURNSTILE_SECRET_KEY
    ? { siteKey: env.TURNSTILE_SITE_KEY, secret: env.TURNSTILE_SECRET_KEY }
    : null

/** Whether this site's comments and follows must pass Turnstile: it asks for it, and the Worker has the keys. */
export const turnstileFor = (env: Env, site: Site): TurnstileKeys | null =>
  site.gate === 'code' ? null : turnstileKeys(env)

/**
 * Whether Cloudflare vouches for the reader's token, solved on one of the site's own hosts. Fails closed: no answer, a
 * slow or unreadable one, is no pass (the reader gets a fresh check). `idempotencyKey` lets a retry ask again safely.
 */
export async function passesTurnstile(
  keys: TurnstileKeys,
  site: Site,
  token: string | undefined,
  remoteIp: string | undefined,
  idempotencyKey: string,
): Promise<boolean> {
  if (!token || token.length > TURNSTILE_TOKEN_MAX) return false
  const form = new URLSearchParams({ secret: keys.secret, response: token, idempotency_key: idempotencyKey })
  if (remoteIp) form.set('remoteip', remoteIp)
  try {
    const res = await fetch(SITEVERIFY, { method: 'POST', body: form, signal: AbortSignal.timeout(TIMEOUT_MS) })
    const verdict = (await res.json()) as { success?: unknown; hostname?: unknown }
    if (verdict.success !== true) return false
    // A token is good for any page carrying the same site key: it must have been solved on this site's pages.
    return site.allowedOrigins.some((origin) => new URL(origin).hostname === verdict.hostname)
  } catch (err) {
    logEvent('error', 'check_failed', { check: 'turnstile', ...errorFields(err) })
    return false
  }
}
