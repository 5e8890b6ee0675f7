// followers and outbox when an address is refused for good (a bounce, a suppressed address, a spam complaint): the
// address gets nothing more on any thread it follows, and its mails still waiting are cancelled, until it confirms anew.
import type { Refusal } from '../domain'

/**
 * The statements for one refused address (normalised), for a single batch. `exceptId`: the mail whose refusal this
 * is, marked 'failed' by its sender rather than cancelled. A complaint is never softened into a bounce later.
 */
export function refuseAddress(
  db: D1Database,
  r: { emailNormalized: string; refusal: Refusal; reason: string; exceptId: number | null },
  nowMs: number,
): D1PreparedStatement[] {
  const reason = r.reason.slice(0, 500)
  return [
    db
      .prepare(
        `UPDATE outbox SET state = 'cancelled', last_error = ?2, updated_at = ?3
         WHERE state = 'queued' AND id IS NOT ?4
           AND follower_id IN (SELECT id FROM followers WHERE email_normalized = ?1)`,
      )
      .bind(r.emailNormalized, `address ${r.refusal}: ${reason}`, nowMs, r.exceptId),
    db
      .prepare(
        `UPDATE followers SET
           state = CASE WHEN state IN ('pending', 'active') THEN 'unsubscribed' ELSE state END,
           refusal = CASE WHEN refusal = 'complained' THEN refusal ELSE ?2 END,
           refusal_reason = ?3, refused_at = ?4, updated_at = ?4
         WHERE email_normalized = ?1`,
      )
      .bind(r.emailNormalized, r.refusal, reason, nowMs),
  ]
}
