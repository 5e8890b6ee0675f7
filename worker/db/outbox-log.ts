// outbox table, as a log: the owner's view by state, sending a dead mail again, and the sent mails of /dev/mail.
import type { OutboxEntry } from '../admin-types'
import type { OutboxState } from '../domain'
import { readPage } from './page'
import { iso, isoOrNull } from './time'
import { inSites } from './where'
import type { SentMail } from '../dev-mail-types'

type OutboxEntryRow = {
  id: number
  kind: OutboxEntry['kind']
  recipient: string
  thread_id: number | null
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
  sentAt: isoOrNull(r.sent_at),
})

/** A page of mails, newest first, optionally in one state (served by outbox_by_state_id), of the sites an admin sees. */
export async function listOutboxEntries(
  db: D1Database,
  f: { state: OutboxState | null; sites: readonly string[] | null },
  beforeId: number,
  limit: number,
) {
  const where = [
    f.state === null ? null : (['state = ?', f.state] as const),
    ['id < ?', beforeId] as const,
    // A reader's link belongs to no thread: it names its site itself.
    inSites('coalesce(outbox.site_id, (SELECT site_id FROM threads WHERE threads.id = outbox.thread_id))', f.sites),
  ]
  return readPage(db, { select: `SELECT ${COLUMNS} FROM outbox`, where }, limit, toOutboxEntry)
}

/** The site a mail is for: its thread's, or the site a reader's link names. */
export async function findOutboxSiteId(db: D1Database, id: number): Promise<string | null> {
  return db
    .prepare(
      'SELECT coalesce(o.site_id, t.site_id) AS site_id FROM outbox o LEFT JOIN threads t ON t.id = o.thread_id WHERE o.id = ?',
    )
    .bind(id)
    .first<string>('site_id')
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

type SentMailRow = {
  recipient: string
  subject: string | null
  text_body: string | null
  html_body: string | null
  headers: string | null
  sent_at: number
}

const toSentMail = (r: SentMailRow): SentMail => ({
  to: r.recipient,
  subject: r.subject ?? '',
  text: r.text_body ?? '',
  html: r.html_body ?? '',
  headers: JSON.parse(r.headers ?? '{}') as Record<string, string>,
  sentAt: iso(r.sent_at),
})

/** The most recently sent mails, newest first, walking the partial index on sent_at. */
const SENT_MAIL =
  'SELECT recipient, subject, text_body, html_body, headers, sent_at FROM outbox WHERE sent_at IS NOT NULL ORDER BY sent_at DESC, id DESC LIMIT ?'

export async function listSentMail(db: D1Database, limit: number): Promise<SentMail[]> {
  const { results } = await db.prepare(SENT_MAIL).bind(limit).all<SentMailRow>()
  return results.map(toSentMail)
}
