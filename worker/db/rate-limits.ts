// rate_limits table: per-IP fixed-window counters for writes (comments, follows, sign-in), counted in D1 so every
// Worker instance shares them.
import type { Env } from '../env'
import { ApiError } from '../errors'

const WINDOW_MS = 10 * 60 * 1000

export type RateLimit = { action: string; ipHash: string; limit: number; nowMs: number }

/** The attempts allowed per IP and action per window (RATE_LIMIT_PER_10_MIN in wrangler.toml, 10 when unset or bad). */
export function rateLimit(env: Env, action: string, ipHash: string, nowMs: number): RateLimit {
  return { action, ipHash, limit: Number(env.RATE_LIMIT_PER_10_MIN) || 10, nowMs }
}

const windowStart = (nowMs: number) => nowMs - (nowMs % WINDOW_MS)

/** Counts one attempt (failed attempts count too); RETURNING gives the attempts in this window so far. */
export function countAttempt(db: D1Database, r: RateLimit): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO rate_limits (key, window_start, hits) VALUES (?1, ?2, 1)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN rate_limits.window_start = ?2 THEN rate_limits.hits + 1 ELSE 1 END,
         window_start = ?2
       RETURNING hits`,
    )
    .bind(`${r.action}:${r.ipHash}`, windowStart(r.nowMs))
}

/** Throws 429 with Retry-After once the window's allowance is spent; `result` is countAttempt()'s. */
export function refuseOverLimit(result: D1Result | undefined, r: RateLimit): void {
  const hits = (result?.results[0] as { hits: number } | undefined)?.hits ?? 0
  if (hits <= r.limit) return
  const retryAfter = Math.ceil((windowStart(r.nowMs) + WINDOW_MS - r.nowMs) / 1000)
  throw new ApiError('rate_limited', `Too many attempts; try again in ${retryAfter} seconds.`, undefined, 429, {
    'Retry-After': String(retryAfter),
  })
}

/** Counts the attempt on its own round trip and refuses it when over the limit: for writes with no preflight batch. */
export async function takeRateLimit(db: D1Database, r: RateLimit): Promise<void> {
  refuseOverLimit(await countAttempt(db, r).all(), r)
}

export function deleteStaleRateLimits(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare('DELETE FROM rate_limits WHERE window_start < ?').bind(nowMs - WINDOW_MS)
}
