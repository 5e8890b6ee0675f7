// outbox table, the delivering side: a row with everything its mail is rendered from, the rows overdue for the re-drive.
import type { DeliveryMode, FollowerState, Language, OutboxKind, StoredStatus, WebhookFormat } from '../domain'
import { shownTitle } from './threads'

/** A mail as rendered once and stored, so a retry sends the very same message. */
export type RenderedMail = { subject: string; text: string; html: string; headers: Record<string, string> }

/** The site's webhook as it is now: a call goes where the owner points it at the time of sending. */
export type SiteWebhook = { url: string; format: WebhookFormat; secret: string }

/** An outbox row with everything its mail is rendered from. */
export type Delivery = {
  id: number
  kind: OutboxKind
  recipient: string
  rendered: RenderedMail | null
  /** Null for a row that belongs to no thread: a reader's link to their own page (it names its site). */
  thread: { id: number; key: string; title: string; url: string | null } | null
  site: { id: string; name: string; language: Language; notifyOwner: boolean; webhook: SiteWebhook | null }
  comment: {
    id: number
    parentId: number | null
    name: string
    email: string | null
    body: string
    html: string
    status: StoredStatus
    createdAt: number
  } | null
  follower: { id: number; state: FollowerState; delivery: DeliveryMode } | null
  /** A digest: the thread's comments after `after`, up to `through`. */
  digest: { after: number; through: number } | null
}

/** A row about a thread: every kind but a reader's link. */
export type ThreadDelivery = Delivery & { thread: NonNullable<Delivery['thread']> }

type DeliveryRow = {
  id: number
  kind: OutboxKind
  recipient: string
  subject: string | null
  text_body: string | null
  html_body: string | null
  headers: string | null
  thread_id: number | null
  thread_key: string | null
  thread_title: string | null
  thread_url: string | null
  site_id: string
  site_name: string
  language: Language
  notify_owner: number
  webhook_url: string | null
  webhook_format: WebhookFormat
  webhook_secret: string | null
  comment_id: number | null
  comment_parent_id: number | null
  comment_created_at: number | null
  comment_name: string | null
  comment_email: string | null
  comment_body: string | null
  comment_html: string | null
  comment_status: StoredStatus | null
  follower_id: number | null
  follower_state: FollowerState | null
  follower_delivery: DeliveryMode
  digest_after: number | null
  digest_through: number | null
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
  thread:
    r.thread_id === null
      ? null
      : { id: r.thread_id, key: r.thread_key ?? '', title: r.thread_title ?? '', url: r.thread_url },
  site: {
    id: r.site_id,
    name: r.site_name,
    language: r.language,
    notifyOwner: r.notify_owner === 1,
    webhook:
      r.webhook_url === null || r.webhook_secret === null
        ? null
        : { url: r.webhook_url, format: r.webhook_format, secret: r.webhook_secret },
  },
  comment:
    r.comment_id === null
      ? null
      : {
          id: r.comment_id,
          parentId: r.comment_parent_id,
          name: r.comment_name ?? '',
          email: r.comment_email,
          body: r.comment_body ?? '',
          html: r.comment_html ?? '',
          status: r.comment_status ?? 'deleted',
          createdAt: r.comment_created_at ?? 0,
        },
  follower:
    r.follower_id === null || r.follower_state === null
      ? null
      : { id: r.follower_id, state: r.follower_state, delivery: r.follower_delivery },
  digest:
    r.digest_after === null || r.digest_through === null ? null : { after: r.digest_after, through: r.digest_through },
})

// The comment a statement is about: the bound id, or with null the one inserted earlier in the same batch. A batch is

/** Rows that should have been delivered by now: queued (new, waiting for a retry, or a lapsed lease), due before the cutoff. */
const OVERDUE = `SELECT id FROM outbox WHERE state = 'queued' AND next_attempt_at <= ? LIMIT ?`

export async function listOverdueOutbox(db: D1Database, cutoffMs: number, limit: number): Promise<number[]> {
  const { results } = await db.prepare(OVERDUE).bind(cutoffMs, limit).all<{ id: number }>()
  return results.map((r) => r.id)
}

export async function findDelivery(db: D1Database, id: number): Promise<Delivery | null> {
  const row = await db
    .prepare(
      `SELECT o.id, o.kind, o.recipient, o.subject, o.text_body, o.html_body, o.headers,
         o.digest_after, o.digest_through, o.thread_id, t.key AS thread_key, ${shownTitle('t')} AS thread_title, t.url AS thread_url,
         s.id AS site_id, s.name AS site_name, s.language, s.notify_owner, s.webhook_url, s.webhook_format,
         s.webhook_secret, c.id AS comment_id, c.parent_id AS comment_parent_id, c.created_at AS comment_created_at,
         c.name AS comment_name, c.email AS comment_email, c.body AS comment_body, c.html AS comment_html,
         c.status AS comment_status, f.id AS follower_id, f.state AS follower_state,
         f.delivery AS follower_delivery
       FROM outbox o
       LEFT JOIN threads t ON t.id = o.thread_id
       JOIN sites s ON s.id = coalesce(o.site_id, t.site_id)
       LEFT JOIN comments c ON c.id = o.comment_id
       LEFT JOIN followers f ON f.id = o.follower_id
       WHERE o.id = ?`,
    )
    .bind(id)
    .first<DeliveryRow>()
  return row && toDelivery(row)
}
