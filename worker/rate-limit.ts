// Per-IP fixed-window rate limit for writes (comments, follows), counted in D1 so every Worker instance shares it.
import type { Context } from 'hono'
import type { AppEnv } from './env'
import { ApiError } from './errors'
import { keyedHash } from './tokens'

const WINDOW_MS = 10 * 60 * 1000

/** The keyed hash of the client's IP: the only form in which an IP is ever stored. */
export async function clientIpHash(c: Context<AppEnv>): Promise<string> {
  const ip = c.req.header('cf-connecting-ip') ?? 'unknown'
  return (await keyedHash(c.env.SIGNING_KEY, `ip:${ip}`)).slice(0, 32)
}

/** Counts one attempt and throws 429 with Retry-After once the window's allowance is spent. Failed attempts count too. */
export async function takeRateLimit(c: Context<AppEnv>, action: string, ipHash: string, nowMs: number): Promise<void> {
  const limit = Number(c.env.RATE_LIMIT_PER_10_MIN) || 10
  const windowStart = nowMs - (nowMs % WINDOW_MS)
  const row = await c.env.DB.prepare(
    `INSERT INTO rate_limits (key, window_start, hits) VALUES (?1, ?2, 1)
     ON CONFLICT (key) DO UPDATE SET
       hits = CASE WHEN rate_limits.window_start = ?2 THEN rate_limits.hits + 1 ELSE 1 END,
       window_start = ?2
     RETURNING hits`,
  )
    .bind(`${action}:${ipHash}`, windowStart)
    .first<{ hits: number }>()
  if (row && row.hits > limit) {
    const retryAfter = Math.ceil((windowStart + WINDOW_MS - nowMs) / 1000)
    throw new ApiError('rate_limited', `Too many attempts; try again in ${retryAfter} seconds.`, undefined, 429, {
      'Retry-After': String(retryAfter),
    })
  }
}

export function deleteStaleRateLimits(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare('DELETE FROM rate_limits WHERE window_start < ?').bind(nowMs - WINDOW_MS)
}
