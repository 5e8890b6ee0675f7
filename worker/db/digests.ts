// Digests in D1: which followers a comment leaves to the daily digest (chosen, or switched on by a very busy thread),
// the cron's one batch that writes every due digest into the outbox, and the comments a digest holds.
import { COMMENT_ID } from './outbox'

const HOUR_MS = 60 * 60 * 1000
const DAY_MS = 24 * HOUR_MS
/** More notifications than this to one follower within an hour, and they get digests for the rest of the day. */
export const BUSY_PER_HOUR = 20
/** Digests written per cron run (one INSERT … SELECT, like a 10,000-follower fan-out); the cron runs every minute. */
const DIGESTS_PER_RUN = 10_000

/** The end of the UTC day of `nowMs`: "the rest of the day" of a busy thread. */
export const endOfDay = (nowMs: number) => Math.floor(nowMs / DAY_MS) * DAY_MS + DAY_MS

const COMMENT = `SELECT id, thread_id, email_normalized FROM comments WHERE id = ${COMMENT_ID} AND status = 'published'`
/**
 * The comment, only when its thread is busy: the comment BUSY_PER_HOUR before it came within the hour. ?2 now. Looked
 * at only where someone gets a mail per comment, so a thread nobody follows pays one index probe.
 */
const BUSY_COMMENT = `${COMMENT}
  AND EXISTS (SELECT 1 FROM followers f WHERE f.thread_id = comments.thread_id AND f.state = 'active')
  AND (SELECT created_at FROM comments b WHERE b.thread_id = comments.thread_id
  AND b.status = 'published' ORDER BY b.id DESC LIMIT 1 OFFSET ${BUSY_PER_HOUR}) > ?2 - ${HOUR_MS}`

/**
 * For the publish batch, before the fan-out. A thread whose comment before the last BUSY_PER_HOUR was published within
 * the hour is busy: its 'each' followers get this comment and the rest of the day's in one digest (due when the day
 * ends, as if the last digest were a day before). Reads BUSY_PER_HOUR + 1 index entries to decide. ?1 comment, ?2 now.
 */
export function switchBusyFollowers(db: D1Database, commentId: number | null, nowMs: number): D1PreparedStatement {
  const until = endOfDay(nowMs)
  return db
    .prepare(
      `UPDATE followers SET digest_until = ?3, digest_pending = 1, digested_through = c.id - 1,
         last_digest_at = ?3 - ${DAY_MS}
       FROM (${BUSY_COMMENT}) AS c
       WHERE followers.thread_id = c.thread_id AND followers.state = 'active' AND followers.delivery = 'each'
         AND followers.digest_until IS NULL AND followers.email_normalized IS NOT c.email_normalized`,
    )
    .bind(commentId, nowMs, until)
}

/** For the publish batch: the digest followers of the comment's thread (not its author) have news now. */
export function flagDigestFollowers(db: D1Database, commentId: number | null): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE followers SET digest_pending = 1 FROM (${COMMENT}) AS c
       WHERE followers.thread_id = c.thread_id AND followers.state = 'active' AND followers.digest_pending = 0
         AND (followers.delivery = 'digest' OR followers.digest_until IS NOT NULL)
         AND followers.email_normalized IS NOT c.email_normalized`,
    )
    .bind(commentId)
}

/** The followers due a digest: news since the last one, which is a day old. ?1 now. */
const DUE = `SELECT id FROM followers WHERE digest_pending = 1 AND state = 'active' AND last_digest_at <= ?1 - ${DAY_MS}
  ORDER BY last_digest_at LIMIT ${DIGESTS_PER_RUN}`
const THROUGH = `(SELECT max(c.id) FROM comments c WHERE c.thread_id = f.thread_id AND c.status = 'published')`

/**
 * One batch: a digest row per due follower (the thread's comments after their last digest, up to its newest), then the
 * followers marked done up to that same comment. Both in one transaction, so a crash writes both or neither: a digest
 * is never lost and never written twice (the dedupe key names follower and range). Returns the new outbox ids.
 */
export async function writeDueDigests(db: D1Database, nowMs: number): Promise<number[]> {
  const [inserted] = await db.batch<{ id: number }>([
    db
      .prepare(
        `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, follower_id, digest_after, digest_through,
           next_attempt_at, created_at, updated_at)
         SELECT 'notify', 'digest:' || id || ':' || through, email, thread_id, id, digested_through, through, ?1, ?1, ?1
         FROM (SELECT f.id, f.email, f.thread_id, f.digested_through, ${THROUGH} AS through
               FROM followers f WHERE f.id IN (${DUE}))
         WHERE through > digested_through
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id`,
      )
      .bind(nowMs),
    db
      .prepare(
        `UPDATE followers AS f SET digest_pending = 0, last_digest_at = ?1,
           digested_through = max(digested_through, coalesce(${THROUGH}, 0)),
           digest_until = CASE WHEN digest_until <= ?1 THEN NULL ELSE digest_until END
         WHERE id IN (${DUE})`,
      )
      .bind(nowMs),
  ])
  return (inserted?.results ?? []).map((r) => r.id)
}

export type DigestComment = { id: number; name: string; body: string; html: string }

/** The comments of a digest, in thread order, without the follower's own; at most `limit` (a mail stays readable). */
export async function listDigestComments(
  db: D1Database,
  d: { threadId: number; after: number; through: number; exceptEmail: string },
  limit: number,
): Promise<DigestComment[]> {
  const { results } = await db
    .prepare(
      `SELECT id, name, body, html FROM comments
       WHERE thread_id = ? AND status = 'published' AND id > ? AND id <= ? AND email_normalized IS NOT ?
       ORDER BY id LIMIT ?`,
    )
    .bind(d.threadId, d.after, d.through, d.exceptEmail, limit)
    .all<DigestComment>()
  return results
}
