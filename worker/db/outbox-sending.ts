// outbox table, the sender's side: claim one row for a send, then record what became of it.
import type { OutboxState } from '../domain'
import type { RenderedMail } from './outbox-delivery'

/**
 * Takes the row for one send: only a queued row that is due, and it is then leased until `leaseUntil`, so a
 * duplicate queue message arriving meanwhile cannot send it a second time. Counts the attempt. Null when not claimed.
 */
export async function claimOutbox(
  db: D1Database,
  id: number,
  nowMs: number,
  leaseUntil: number,
): Promise<{ attempts: number } | null> {
  return db
    .prepare(
      `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?3, updated_at = ?2
       WHERE id = ?1 AND state = 'queued' AND next_attempt_at <= ?2
       RETURNING attempts`,
    )
    .bind(id, nowMs, leaseUntil)
    .first<{ attempts: number }>()
}

/**
 * Extends a sender's lease on the row it still holds: still queued, and not claimed again since (the attempt count is
 * the claim's). False when the row is no longer this sender's.
 */
export async function renewLease(db: D1Database, id: number, attempts: number, leaseUntil: number): Promise<boolean> {
  const row = await db
    .prepare("UPDATE outbox SET next_attempt_at = ?3 WHERE id = ?1 AND attempts = ?2 AND state = 'queued' RETURNING id")
    .bind(id, attempts, leaseUntil)
    .first<{ id: number }>()
  return row !== null
}

export async function findOutboxState(
  db: D1Database,
  id: number,
): Promise<{ state: OutboxState; nextAttemptAt: number } | null> {
  const row = await db
    .prepare('SELECT state, next_attempt_at FROM outbox WHERE id = ?')
    .bind(id)
    .first<{ state: OutboxState; next_attempt_at: number }>()
  return row && { state: row.state, nextAttemptAt: row.next_attempt_at }
}

/** Stores the first rendering only: a retry must not change a message a provider may already hold under its idempotency key. */
export async function storeRendered(db: D1Database, id: number, mail: RenderedMail): Promise<void> {
  await db
    .prepare(
      'UPDATE outbox SET subject = ?, text_body = ?, html_body = ?, headers = ? WHERE id = ? AND subject IS NULL',
    )
    .bind(mail.subject, mail.text, mail.html, JSON.stringify(mail.headers), id)
    .run()
}

export async function markSent(db: D1Database, id: number, nowMs: number): Promise<void> {
  await db
    .prepare("UPDATE outbox SET state = 'sent', sent_at = ?1, updated_at = ?1, last_error = NULL WHERE id = ?2")
    .bind(nowMs, id)
    .run()
}

/** A failed send: queued again for `nextAttemptAt` with the error noted, or 'dead' (with null) once out of attempts. */
export async function markFailed(
  db: D1Database,
  id: number,
  error: string,
  nextAttemptAt: number | null,
  nowMs: number,
): Promise<void> {
  await db
    .prepare(
      `UPDATE outbox SET state = CASE WHEN ?3 IS NULL THEN 'dead' ELSE 'queued' END,
         next_attempt_at = coalesce(?3, next_attempt_at), last_error = ?2, updated_at = ?4
       WHERE id = ?1`,
    )
    .bind(id, error.slice(0, 500), nextAttemptAt, nowMs)
    .run()
}

/** A mail that must not go out any more: its follower left, or its comment was removed, before it was sent. */
export async function markCancelled(db: D1Database, id: number, reason: string, nowMs: number): Promise<void> {
  await db
    .prepare("UPDATE outbox SET state = 'cancelled', last_error = ?, updated_at = ? WHERE id = ?")
    .bind(reason, nowMs, id)
    .run()
}

/** Refused for good by the provider: 'failed', never tried again (db/refusals.ts stops the address's other mail). */
export function markRefused(db: D1Database, id: number, error: string, nowMs: number): D1PreparedStatement {
  return db
    .prepare("UPDATE outbox SET state = 'failed', last_error = ?, updated_at = ? WHERE id = ?")
    .bind(error.slice(0, 500), nowMs, id)
}
