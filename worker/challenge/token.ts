// Challenge tokens: issue a code with a signed token holding only a keyed hash of it, check an answer once, burn the token.
import { isUniqueViolation } from '../db/unique-violation'
import { findUsedChallenge, insertUsedChallenge } from '../db/used-challenges'
import type { Env } from '../env'
import { ApiError } from '../errors'
import { keyedHash, signToken, verifyToken } from '../tokens'
import { drawCode, renderSvg } from './draw'

const CHALLENGE_TTL_MS = 10 * 60 * 1000
/** Longer than any code with room for stray spaces; anything longer is wrong without hashing it. */
const MAX_ANSWER_LENGTH = 32
const FIELD = 'challengeAnswer'

type ChallengeClaims = { id: string; site: string; h: string }

export type IssuedChallenge = { token: string; image: string; expiresAt: string; answer: string }

const normalise = (answer: string) => answer.trim().toUpperCase()

// The hash binds the answer to this token's id, so one solved image says nothing about any other token.
const answerHash = (env: Env, id: string, answer: string) => keyedHash(env.SIGNING_KEY, `${id}:${normalise(answer)}`)

export async function issueChallenge(env: Env, siteId: string, nowMs: number): Promise<IssuedChallenge> {
  const id = crypto.randomUUID()
  const answer = drawCode()
  // JWT expiry has whole seconds: round down here so the expiry we report is the one the token carries.
  const expiresAtMs = Math.floor((nowMs + CHALLENGE_TTL_MS) / 1000) * 1000
  // The token is readable by anyone (JWT payload), so it carries the keyed hash and never the answer.
  const claims: ChallengeClaims = { id, site: siteId, h: await answerHash(env, id, answer) }
  const token = await signToken(env.SIGNING_KEY, 'challenge', claims, expiresAtMs)
  return { token, image: renderSvg(answer), expiresAt: new Date(expiresAtMs).toISOString(), answer }
}

const failed = (message: string) => new ApiError('challenge_failed', message, FIELD)

/** The error for a token used before: found in used_challenges, or beaten to it by a concurrent request. */
export const challengeReplayed = () =>
  failed('This challenge code has already been used. Get a new code and try again.')

/**
 * Checks an answer against its token. A wrong answer burns the token at once (one attempt per token);
 * a right one writes nothing: the caller puts markChallengeUsed() into the same D1 batch as its own write.
 */
export async function checkChallenge(
  env: Env,
  siteId: string,
  token: unknown,
  answer: unknown,
  nowMs: number,
): Promise<{ id: string; expiresAt: number }> {
  const claims = await verifyToken<ChallengeClaims>(env.SIGNING_KEY, token, 'challenge', nowMs)
  if (!claims) throw failed('The challenge code has expired or is not valid. Get a new code and try again.')
  // A code solved for one site must not unlock another site's form.
  if (claims.site !== siteId)
    throw failed('This challenge code was issued for another site. Get a new code and try again.')
  const used = { id: claims.id, expiresAt: claims.exp * 1000 }
  if (await findUsedChallenge(env.DB, used.id)) throw challengeReplayed()

  // The hash is readable in the token anyway and only the key makes it, so a plain comparison leaks nothing.
  const right =
    typeof answer === 'string' &&
    answer.length <= MAX_ANSWER_LENGTH &&
    (await answerHash(env, used.id, answer)) === claims.h
  if (!right) {
    await burn(env.DB, used.id, used.expiresAt)
    throw failed('The code does not match the image. Get a new code and try again.')
  }
  return used
}

/** Records a wrong attempt; a concurrent attempt that burnt the same token first is just as good. */
async function burn(db: D1Database, id: string, expiresAt: number): Promise<void> {
  try {
    await markChallengeUsed(db, id, expiresAt).run()
  } catch (err) {
    if (!isChallengeReplayError(err)) throw err
  }
}

/** The statement that burns a token; put it in the batch that writes what the token was for. */
export function markChallengeUsed(db: D1Database, id: string, expiresAt: number): D1PreparedStatement {
  return insertUsedChallenge(db, id, expiresAt)
}

/** True for the primary-key failure of markChallengeUsed(): the same token was used by a request that got there first. */
export const isChallengeReplayError = (err: unknown): boolean => isUniqueViolation(err, 'used_challenges.id')
