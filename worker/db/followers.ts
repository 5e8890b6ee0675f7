// followers table: who follows which thread (pending, active, unsubscribed), and the statements a follow request batches.
import type { DeliveryMode, FollowerState, Language } from '../domain'
import { shownTitle } from './threads'

/** A follower with what the confirm and unsubscribe pages show: the thread and the site's language. */
export type FollowerPage = {
  id: number
  state: FollowerState
  threadTitle: string
  threadKey: string
  threadUrl: string | null
  siteName: string
  language: Language
}

type FollowerPageRow = {
  id: number
  state: FollowerState
  thread_title: string
  thread_key: string
  thread_url: string | null
  site_name: string
  language: Language
}

const toFollowerPage = (r: FollowerPageRow): FollowerPage => ({
  id: r.id,
  state: r.state,
  threadTitle: r.thread_title,
  threadKey: r.thread_key,
  threadUrl: r.thread_url,
  siteName: r.site_name,
  language: r.language,
})

const CONFIRMATION_INTERVAL_MS = 24 * 60 * 60 * 1000

/** The thread named by site and key, so follow statements can share one batch with the statement that creates it. */
const THREAD = '(SELECT id FROM threads WHERE site_id = ?1 AND key = ?2)'

export type FollowTarget = { siteId: string; threadKey: string; email: string; emailNormalized: string }

/**
 * Adds the address as a pending follower, or leaves an existing one as it is; someone who unsubscribed and asks again
 * is pending again, so the double opt-in holds for every new start. RETURNING gives the state after the statement.
 */
export function upsertFollower(db: D1Database, t: FollowTarget, nowMs: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at)
       VALUES (${THREAD}, ?3, ?4, 'pending', ?5, ?5)
       ON CONFLICT (thread_id, email_normalized) DO UPDATE SET
         state = CASE WHEN followers.state = 'unsubscribed' THEN 'pending' ELSE followers.state END,
         updated_at = ?5
       RETURNING id, state`,
    )
    .bind(t.siteId, t.threadKey, t.email, t.emailNormalized, nowMs)
}

/**
 * A pending or active follower whose last mail about following is more than a day old (or who never got one): a
 * pending one gets the confirmation, an active one a note that they follow already (so the answer to a follow
 * request never tells whether the address follows). Parameters: ?1 site,
 * ?2 thread key, ?3 normalised address, ?4 now; db/outbox.ts queues the mail by the same condition.
 */
export const DUE_FOR_CONFIRMATION = `thread_id = ${THREAD} AND email_normalized = ?3 AND state IN ('pending', 'active')
  AND (confirmation_sent_at IS NULL OR confirmation_sent_at <= ?4 - ${CONFIRMATION_INTERVAL_MS})`

/** Put right after insertConfirmation() (db/outbox.ts): the same condition, so it stamps exactly the follower that just got a mail. */
export function markConfirmationSent(db: D1Database, t: FollowTarget, nowMs: number): D1PreparedStatement {
  return db
    .prepare(`UPDATE followers SET confirmation_sent_at = ?4, updated_at = ?4 WHERE ${DUE_FOR_CONFIRMATION}`)
    .bind(t.siteId, t.threadKey, t.emailNormalized, nowMs)
}

export async function findFollowerPage(db: D1Database, id: number): Promise<FollowerPage | null> {
  const row = await db
    .prepare(
      `SELECT f.id, f.state, ${shownTitle('t')} AS thread_title, t.key AS thread_key, t.url AS thread_url, s.name AS site_name, s.language
       FROM followers f JOIN threads t ON t.id = f.thread_id JOIN sites s ON s.id = t.site_id
       WHERE f.id = ?`,
    )
    .bind(id)
    .first<FollowerPageRow>()
  return row && toFollowerPage(row)
}

/** A digest starts after the thread's newest comment at the time of confirming: nothing before it is news. */
export const NEWEST_COMMENT = `coalesce((SELECT max(id) FROM comments WHERE thread_id = followers.thread_id AND status = 'published'), 0)`

/**
 * Pending becomes active, and a refusal of the address (db/refusals.ts) is forgotten: the reader has just shown that
 * mail reaches them and that they want it. Any other state stays. Returns the state after, or null for an unknown id.
 */
export async function confirmFollower(
  db: D1Database,
  id: number,
  nowMs: number,
  delivery: DeliveryMode = 'each',
): Promise<FollowerState | null> {
  const row = await db
    .prepare(
      `UPDATE followers SET
         state = CASE WHEN state = 'pending' THEN 'active' ELSE state END,
         updated_at = CASE WHEN state = 'pending' THEN ?1 ELSE updated_at END,
         refusal = CASE WHEN state = 'pending' THEN NULL ELSE refusal END,
         refusal_reason = CASE WHEN state = 'pending' THEN NULL ELSE refusal_reason END,
         refused_at = CASE WHEN state = 'pending' THEN NULL ELSE refused_at END,
         digested_through = CASE WHEN state = 'pending' THEN ${NEWEST_COMMENT} ELSE digested_through END,
         delivery = CASE WHEN state = 'pending' THEN ?3 ELSE delivery END
       WHERE id = ?2 RETURNING state`,
    )
    .bind(nowMs, id, delivery)
    .first<{ state: FollowerState }>()
  return row?.state ?? null
}

/** Idempotent: a second unsubscribe changes nothing. Returns false for an unknown follower. */
export async function unsubscribeFollower(db: D1Database, id: number, nowMs: number): Promise<boolean> {
  const row = await db
    .prepare("UPDATE followers SET state = 'unsubscribed', updated_at = ?1 WHERE id = ?2 RETURNING id")
    .bind(nowMs, id)
    .first<{ id: number }>()
  return row !== null
}
