// outbox table, the owner's view: the mail log by state, and sending a dead mail again.
import type { OutboxEntry, OutboxState } from '../admin-types'
import { toPage } from './page'

type OutboxEntryRow = {
  id: number
  kind: OutboxEntry['kind']
  recipient: string
  thread_id: number
  comment_id: number | null
  subject: string | null
  state: OutboxState
  attempts: number
  last_error: string | null
  next_attempt_at: number
  created_at: number
  sent_at: number | null
}

const COLUMNS =
  'id, kind, recipient, thread_id, comment_id, subject, state, attempts, last_error, next_attempt_at, created_at, sent_at'

const iso = (ms: number) => new Date(ms).toISOString()

const toOutboxEntry = (r: OutboxEntryRow): OutboxEntry => ({
  id: r.id,
  kind: r.kind,
  recipient: r.recipient,
  threadId: r.thread_id,
  commentId: r.comment_id,
  subject: r.subject,
  state: r.state,
  attempts: r.attempts,
  lastError: r.last_error,
  nextAttemptAt: iso(r.next_attempt_at),
  createdAt: iso(r.created_at),
  sentAt: r.sent_at === null ? null : iso(r.sent_at),
})

/** A page of mails, newest first, optionally in one state (served by outbox_by_state_id). */
export async function listOutboxEntries(db: D1Database, state: OutboxState | null, beforeId: number, limit: number) {
  const statement =
    state === null
      ? db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE id < ? ORDER BY id DESC LIMIT ?`).bind(beforeId, limit + 1)
      : db
          .prepare(`SELECT ${COLUMNS} FROM outbox WHERE state = ? AND id < ? ORDER BY id DESC LIMIT ?`)
          .bind(state, beforeId, limit + 1)
  const { results } = await statement.all<OutboxEntryRow>()
  return toPage(results, limit, toOutboxEntry)
}

export async function findOutboxEntry(db: D1Database, id: number): Promise<OutboxEntry | null> {
  const row = await db.prepare(`SELECT ${COLUMNS} FROM outbox WHERE id = ?`).bind(id).first<OutboxEntryRow>()
  return row && toOutboxEntry(row)
}

/**
 * A dead mail back to 'queued', due now, with a fresh set of attempts; the stored rendering stays, so the retry sends
 * the very same message. Only a dead row moves (meta.changes tells): a queued or failed one is still on its way.
 */
export function requeueDead(db: D1Database, id: number, nowMs: number): D1PreparedStatement {
  return db
    .prepare(
      "UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = ?1, updated_at = ?1 WHERE id = ?2 AND state = 'dead'",
    )
    .bind(nowMs, id)
}
