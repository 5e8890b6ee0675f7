// The owner's figures for one thread or a whole site: followers by state, the confirmation rate, the mails of the last
// 30 days by outcome, and whether something needs a look now. Two aggregates in one round trip.
import type { MailHealth } from '../admin-types'
import { SHOWN_FOLLOWER_STATES, type ShownFollowerState } from '../domain'
import { SHOWN_STATE } from './followers-admin'
import { isoOrNull } from './time'

const DAY_MS = 24 * 60 * 60 * 1000
/**
 * Undeliverable mail "rises" when, in the last 7 days, at least this many mails failed for good or went dead, and they
 * are at least this share of the mails that were tried: one dead mail among thousands is noise, ten in fifty is not.
 */
const WARN_AT_LEAST = 3
const WARN_SHARE = 0.05

export type HealthScope = { threadId: number } | { siteId: string }

const scopeOf = (s: HealthScope) =>
  'threadId' in s
    ? { sql: 'thread_id = ?1', value: s.threadId }
    : { sql: 'thread_id IN (SELECT id FROM threads WHERE site_id = ?1)', value: s.siteId }

export async function getMailHealth(db: D1Database, scope: HealthScope, nowMs: number): Promise<MailHealth> {
  const { sql, value } = scopeOf(scope)
  const [followers, mails] = await db.batch<Record<string, number | string | null>>([
    db
      .prepare(
        `SELECT ${SHOWN_STATE} AS state, count(*) AS n, min(CASE WHEN state = 'pending' THEN updated_at END) AS oldest,
           sum(refusal = 'complained' AND refused_at >= ?2) AS recent_complaints
         FROM followers WHERE ${sql} GROUP BY 1`,
      )
      .bind(value, nowMs - 7 * DAY_MS),
    db
      .prepare(
        `SELECT state, count(*) AS n, sum(created_at >= ?3) AS recent FROM outbox
         WHERE ${sql} AND created_at >= ?2 AND kind != 'webhook' GROUP BY state`,
      )
      .bind(value, nowMs - 30 * DAY_MS, nowMs - 7 * DAY_MS),
  ])
  const counts = Object.fromEntries(SHOWN_FOLLOWER_STATES.map((s) => [s, 0])) as Record<ShownFollowerState, number>
  let oldest: number | null = null
  let complaints = 0
  for (const r of followers!.results) {
    counts[r.state as ShownFollowerState] = Number(r.n)
    if (r.oldest !== null) oldest = Number(r.oldest)
    complaints += Number(r.recent_complaints ?? 0)
  }
  const mail = new Map(mails!.results.map((r) => [r.state as string, { n: Number(r.n), recent: Number(r.recent) }]))
  const of = (state: string) => mail.get(state) ?? { n: 0, recent: 0 }
  const bad = of('failed').recent + of('dead').recent
  const tried = bad + of('sent').recent
  const asked = SHOWN_FOLLOWER_STATES.reduce((sum, s) => sum + counts[s], 0)
  return {
    followers: counts,
    oldestPendingAt: isoOrNull(oldest),
    // A bounced or complained follower may have confirmed before, but cannot be told apart: counted as not confirmed.
    confirmationRate: asked === 0 ? null : (counts.active + counts.unsubscribed) / asked,
    mails30Days: { sent: of('sent').n, failed: of('failed').n, dead: of('dead').n },
    warning: complaints > 0 ? 'complaints' : bad >= WARN_AT_LEAST && bad >= tried * WARN_SHARE ? 'undeliverable' : null,
  }
}
