// rate_limits table: fixed-window counters, counted in D1 so every Worker instance shares them: per network for writes
// (comments, follows, sign-in), and per site and per thread for comments from anyone (a flood from many networks).
import type { Env } from '../env'
import { ApiError } from '../errors'

const WINDOW_MS = 10 * 60 * 1000
const FLOOD_WINDOW_MS = 60 * 1000

export type RateLimit = { key: string; limit: number; windowMs: number; nowMs: number }

/**
 * The attempts allowed per IP and action per window: `setting` (RATE_LIMIT_PER_10_MIN in wrangler.toml by default),
 * `fallback` when it is unset or bad.
 */
export function rateLimit(
  env: Env,
  action: string,
  ipHash: string,
  nowMs: number,
  setting = env.RATE_LIMIT_PER_10_MIN,
  fallback = 10,
): RateLimit {
  return { key: `${action}:${ipHash}`, limit: Number(setting) || fallback, windowMs: WINDOW_MS, nowMs }
}

/**
 * The comments a whole site (SITE_COMMENTS_PER_MINUTE, 20 when unset) or one thread (THREAD_COMMENTS_PER_MINUTE, 10)
 * takes per minute from everyone together, before new ones are held for the owner instead of shown.
 */
export function floodLimits(env: Env, siteId: string, threadKey: string, nowMs: number) {
  const perMinute = (key: string, value: string | undefined, fallback: number): RateLimit => ({
    key,
    limit: Number(value) || fallback,
    windowMs: FLOOD_WINDOW_MS,
    nowMs,
  })
  return {
    site: perMinute(`site:${siteId}`, env.SITE_COMMENTS_PER_MINUTE, 20),
    thread: perMinute(`thread:${siteId}:${threadKey}`, env.THREAD_COMMENTS_PER_MINUTE, 10),
  }
}

const windowStart = (r: RateLimit) => r.nowMs - (r.nowMs % r.windowMs)

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
    .bind(r.key, windowStart(r))
}

/** Whether this attempt went past the window's allowance; `result` is countAttempt()'s. */
export const isOverLimit = (result: D1Result | undefined, r: RateLimit): boolean =>
  ((result?.results[0] as { hits: number } | undefined)?.hits ?? 0) > r.limit

/** Throws 429 with Retry-After once the window's allowance is spent; `result` is countAttempt()'s. */
export function refuseOverLimit(result: D1Result | undefined, r: RateLimit): void {
  if (!isOverLimit(result, r)) return
  const retryAfter = Math.ceil((windowStart(r) + r.windowMs - r.nowMs) / 1000)
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
