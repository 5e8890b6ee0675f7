// Challenge tokens: issue a code with a signed token holding only a keyed hash of it; judge an answer without D1. The
// token's id is spent in D1 by the caller: burnt in the preflight batch on a wrong answer, spent with the write on a right one.
import type { Gate } from '../domain'
import { ApiError } from '../errors'
import { LIMITS } from '../limits'
import { keyedHash, signToken, verifyToken } from '../tokens'
import { drawCode, renderSvg } from './draw'

const CHALLENGE_TTL_MS = 10 * 60 * 1000
const FIELD = 'challengeAnswer'

/** `g` is the way through the gate the token was issued for; tokens without it are image codes. */
type ChallengeClaims = { id: string; site: string; h: string; g?: Exclude<Gate, 'code'> }

export type IssuedChallenge = { token: string; image: string; expiresAt: string; answer: string }

/**
 * A token that passed its signature check: `right` says whether the answer matched, `gate` which way it was issued
 * for (the code or its alternative). `id` is the spent-token id.
 */
export type JudgedChallenge = { id: string; expiresAt: number; right: boolean; gate: Gate }

const normalise = (answer: string) => answer.trim().toUpperCase()

// The hash binds the answer to this token's id, so one solved image says nothing about any other token.
const answerHash = (secret: string, id: string, answer: string) => keyedHash(secret, `${id}:${normalise(answer)}`)

/** A signed, single-use, expiring token for `answer`, whichever way through the gate asks for it. */
export async function signChallenge(
  secret: string,
  siteId: string,
  nowMs: number,
  gate: Gate,
  answer: string,
): Promise<{ token: string; expiresAt: string }> {
  const id = crypto.randomUUID()
  // JWT expiry has whole seconds: round down here so the expiry we report is the one the token carries.
  const expiresAtMs = Math.floor((nowMs + CHALLENGE_TTL_MS) / 1000) * 1000
  // The token is readable by anyone (JWT payload), so it carries the keyed hash and never the answer.
  const claims: ChallengeClaims = { id, site: siteId, h: await answerHash(secret, id, answer) }
  if (gate !== 'code') claims.g = gate
  const token = await signToken(secret, 'challenge', claims, expiresAtMs)
  return { token, expiresAt: new Date(expiresAtMs).toISOString() }
}

export async function issueChallenge(secret: string, siteId: string, nowMs: number): Promise<IssuedChallenge> {
  const answer = drawCode()
  return { ...(await signChallenge(secret, siteId, nowMs, 'code', answer)), image: renderSvg(answer), answer }
}

const failed = (message: string) => new ApiError('challenge_failed', message, FIELD)

export const challengeInvalid = () =>
  failed('The challenge code has expired or is not valid. Get a new code and try again.')
export const challengeWrong = () => failed('The answer does not match the challenge. Get a new one and try again.')
/** Turnstile did not vouch for the reader; the widget shows a fresh check. */
export const turnstileFailed = () =>
  new ApiError('challenge_failed', 'The Turnstile check did not pass. Try again.', 'turnstileToken')
/** A token used before: found spent in D1, or beaten to it by a concurrent request. */
export const challengeReplayed = () =>
  failed('This challenge code has already been used. Get a new code and try again.')

/**
 * Checks the token's signature, expiry and site, and the answer against the token's hash; touches no D1. Throws for a
 * token that cannot be spent (forged, expired, another site's); a wrong answer comes back as `right: false`, to be burnt.
 */
export async function judgeChallenge(
  secret: string,
  siteId: string,
  token: unknown,
  answer: unknown,
  nowMs: number,
): Promise<JudgedChallenge> {
  const claims = await verifyToken<ChallengeClaims>(secret, token, 'challenge', nowMs)
  if (!claims) throw challengeInvalid()
  // A code solved for one site must not unlock another site's form.
  if (claims.site !== siteId) {
    throw failed('This challenge code was issued for another site. Get a new code and try again.')
  }
  // The hash is readable in the token anyway and only the key makes it, so a plain comparison leaks nothing.
  const right =
    typeof answer === 'string' &&
    answer.length <= LIMITS.challengeAnswer &&
    (await answerHash(secret, claims.id, answer)) === claims.h
  return { id: `challenge:${claims.id}`, expiresAt: claims.exp * 1000, right, gate: claims.g ?? 'code' }
}
