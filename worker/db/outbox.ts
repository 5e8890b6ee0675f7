// outbox table: one row per mail to send; the fan-out and owner statements, the delivery view, the re-drive and /dev/mail.
import type { FollowerState, Language, OutboxEntry, StoredStatus } from '../admin-types'

type OutboxKind = OutboxEntry['kind']

/** A mail as rendered once and stored, so a retry sends the very same message. */
export type RenderedMail = { subject: string; text: string; html: string; headers: Record<string, string> }

/** An outbox row with everything its mail is rendered from. */
export type Delivery = {
  id: number
  kind: OutboxKind
  recipient: string
  rendered: RenderedMail | null
  thread: { key: string; title: string; url: string | null }
  site: { name: string; language: Language; notifyOwner: boolean }
  comment: { id: number; name: string; email: string | null; body: string; html: string; status: StoredStatus } | null
  follower: { id: number; state: FollowerState } | null
}

type DeliveryRow = {
  id: number
  kind: OutboxKind
  recipient: string
  subject: string | null
  text_body: string | null
  html_body: string | null
  headers: string | null
  thread_key: string
  thread_title: string
  thread_url: string | null
  site_name: string
  language: Language
  notify_owner: number
  comment_id: number | null
  comment_name: string | null
  comment_email: string | null
  comment_body: string | null
  comment_html: string | null
  comment_status: StoredStatus | null
  follower_id: number | null
  follower_state: FollowerState | null
}

const toDelivery = (r: DeliveryRow): Delivery => ({
  id: r.id,
  kind: r.kind,
  recipient: r.recipient,
  rendered:
    r.subject === null || r.text_body === null || r.html_body === null
      ? null
      : {
          subject: r.subject,
          text: r.text_body,
          html: r.html_body,
          headers: JSON.parse(r.headers ?? '{}') as Record<string, string>,
        },
  thread: { key: r.thread_key, title: r.thread_title, url: r.thread_url },
  site: { name: r.site_name, language: r.language, notifyOwner: r.notify_owner === 1 },
  comment:
    r.comment_id === null
      ? null
      : {
          id: r.comment_id,
          name: r.comment_name ?? '',
          email: r.comment_email,
          body: r.comment_body ?? '',
          html: r.comment_html ?? '',
          status: r.comment_status ?? 'deleted',
        },
  follower: r.follower_id === null || r.follower_state === null ? null : { id: r.follower_id, state: r.follower_state },
})

// The comment a statement is about: the bound id, or with null the one inserted earlier in the same batch. A batch is
// one transaction and comment ids only grow, so nothing else can be the newest comment while the batch runs.
const COMMENT_ID = 'coalesce(?1, (SELECT max(id) FROM comments))'

/** The fan-out: one row per active follower of the comment's thread, except the author's own address, only if published. */
export const FAN_OUT_SQL = `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, comment_id, follower_id, next_attempt_at, created_at, updated_at)
  SELECT 'notify', 'notify:' || c.id || ':' || f.email_normalized, f.email, c.thread_id, c.id, f.id, ?2, ?2, ?2
  FROM comments c JOIN followers f ON f.thread_id = c.thread_id AND f.state = 'active'
  WHERE c.id = ${COMMENT_ID} AND c.status = 'published' AND f.email_normalized IS NOT c.email_normalized
  ON CONFLICT (dedupe_key) DO NOTHING
  RETURNING id`

/** Fan-out for a known comment, e.g. one a moderator approves; a re-run writes nothing twice (dedupe_key). */
export function fanOutComment(db: D1Database, commentId: number, nowMs: number): D1PreparedStatement {
  return db.prepare(FAN_OUT_SQL).bind(commentId, nowMs)
}

/** Fan-out for the comment inserted earlier in the same batch. */
export function fanOutLatestComment(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare(FAN_OUT_SQL).bind(null, nowMs)
}

/** The site owner's mail about the comment inserted earlier in the batch, published or held, unless the owner wrote it. */
export function notifyOwnerOfLatestComment(
  db: D1Database,
  ownerEmail: string,
  ownerNormalized: string,
  nowMs: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, comment_id, next_attempt_at, created_at, updated_at)
       SELECT 'owner', 'owner:' || c.id || ':' || ?2, ?3, c.thread_id, c.id, ?4, ?4, ?4
       FROM comments c
       WHERE c.id = ${COMMENT_ID} AND c.status IN ('published', 'pending') AND c.email_normalized IS NOT ?2
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
    )
    .bind(null, ownerNormalized, ownerEmail, nowMs)
}

/** The ids an INSERT … RETURNING id statement of a batch wrote. */
export const insertedIds = (result: D1Result | undefined): number[] =>
  ((result?.results ?? []) as { id: number }[]).map((r) => r.id)

/** Rows that should have been delivered by now: queued or failed, and due since before the cutoff. */
export const REDRIVE_SQL = `SELECT id FROM outbox WHERE state IN ('queued', 'failed') AND next_attempt_at <= ? LIMIT ?`

export async function listOverdueOutbox(db: D1Database, cutoffMs: number, limit: number): Promise<number[]> {
  const { results } = await db.prepare(REDRIVE_SQL).bind(cutoffMs, limit).all<{ id: number }>()
  return results.map((r) => r.id)
}

export async function findDelivery(db: D1Database, id: number): Promise<Delivery | null> {
  const row = await db
    .prepare(
      `SELECT o.id, o.kind, o.recipient, o.subject, o.text_body, o.html_body, o.headers,
         t.key AS thread_key, t.title AS thread_title, t.url AS thread_url,
         s.name AS site_name, s.language, s.notify_owner,
         c.id AS comment_id, c.name AS comment_name, c.email AS comment_email, c.body AS comment_body, c.html AS comment_html,
         c.status AS comment_status, f.id AS follower_id, f.state AS follower_state
       FROM outbox o
       JOIN threads t ON t.id = o.thread_id
       JOIN sites s ON s.id = t.site_id
       LEFT JOIN comments c ON c.id = o.comment_id
       LEFT JOIN followers f ON f.id = o.follower_id
       WHERE o.id = ?`,
    )
    .bind(id)
    .first<DeliveryRow>()
  return row && toDelivery(row)
}

export type SentMail = {
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  sentAt: string
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
  sentAt: new Date(r.sent_at).toISOString(),
})

/** The most recently sent mails, newest first, walking the partial index on sent_at. */
export const SENT_MAIL_SQL =
  'SELECT recipient, subject, text_body, html_body, headers, sent_at FROM outbox WHERE sent_at IS NOT NULL ORDER BY sent_at DESC, id DESC LIMIT ?'

export async function listSentMail(db: D1Database, limit: number): Promise<SentMail[]> {
  const { results } = await db.prepare(SENT_MAIL_SQL).bind(limit).all<SentMailRow>()
  return results.map(toSentMail)
}
