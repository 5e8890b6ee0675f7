// outbox table, the writing side: every statement that queues a mail is here, each written into the same D1 batch as
// the event that causes it (a follow, a comment, an approval), so a mail exists exactly when its cause does.
import { rowsOf } from './batch'
import { normaliseEmail } from '../email-address'
import { DUE_FOR_CONFIRMATION, type FollowTarget } from './followers'

/** Queues a confirmation mail for the follower if one is due (db/followers.ts); RETURNING gives the new outbox id. */
export function insertConfirmation(db: D1Database, t: FollowTarget, nowMs: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, follower_id, next_attempt_at, created_at, updated_at)
       SELECT 'confirm', 'confirm:' || id || ':' || ?4, email, thread_id, id, ?4, ?4, ?4
       FROM followers WHERE ${DUE_FOR_CONFIRMATION}
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
    )
    .bind(t.siteId, t.threadKey, t.emailNormalized, nowMs)
}

/** The comment a statement is about: ?1, or with null the one inserted earlier in the same batch. */
export const COMMENT_ID = 'coalesce(?1, (SELECT max(id) FROM comments))'

/**
 * The fan-out: one row per active follower of the comment's thread who gets a mail per comment (not digests, chosen or
 * switched on by a busy thread: db/digests.ts), except the author's own address, only if published. A digest follower
 * gets its own mail only for a comment older than their last digest (one a moderator approves late), which no digest
 * would ever hold.
 */
const FAN_OUT = `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, comment_id, follower_id, next_attempt_at,
    created_at, updated_at)
  SELECT 'notify', 'notify:' || c.id || ':' || f.email_normalized, f.email, c.thread_id, c.id, f.id, ?2, ?2, ?2
  FROM comments c JOIN followers f ON f.thread_id = c.thread_id AND f.state = 'active'
    AND ((f.delivery = 'each' AND f.digest_until IS NULL) OR f.digested_through >= c.id)
  WHERE c.id = ${COMMENT_ID} AND c.status = 'published' AND f.email_normalized IS NOT c.email_normalized
  ON CONFLICT (dedupe_key) DO NOTHING
  RETURNING id`

/** Fan-out for a known comment, e.g. one a moderator approves; a re-run writes nothing twice (dedupe_key). */
export function fanOutComment(db: D1Database, commentId: number, nowMs: number): D1PreparedStatement {
  return db.prepare(FAN_OUT).bind(commentId, nowMs)
}

/** Fan-out for the comment inserted earlier in the same batch. */
export function fanOutLatestComment(db: D1Database, nowMs: number): D1PreparedStatement {
  return db.prepare(FAN_OUT).bind(null, nowMs)
}

/** Where the owner hears of comments: their mail (not of their own comments), or the site's webhook (named by its host). */
export type OwnerChannel = { kind: 'owner'; ownerEmail: string } | { kind: 'webhook'; host: string }

/**
 * The site owner's mail or webhook call about a comment (null: the one inserted earlier in the batch), published or
 * held. An author's edit that sends a published comment back for review (`edit`, put before that change) queues one of
 * its own, so the owner hears of each.
 */
export function notifyOwner(
  db: D1Database,
  { commentId, channel, edit }: { commentId: number | null; channel: OwnerChannel; edit: boolean },
  nowMs: number,
): D1PreparedStatement {
  const [recipient, except] =
    channel.kind === 'owner' ? [channel.ownerEmail, normaliseEmail(channel.ownerEmail)] : [channel.host, null]
  return db
    .prepare(
      `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, comment_id, next_attempt_at, created_at, updated_at)
       SELECT ?6, ?6 || ':' || c.id || ':' || coalesce(?2, ?3) || ?5, ?3, c.thread_id, c.id, ?4, ?4, ?4
       FROM comments c
       WHERE c.id = ${COMMENT_ID} AND c.status IN (${edit ? "'published'" : "'published', 'pending'"})
         AND (?2 IS NULL OR c.email_normalized IS NOT ?2)
       ON CONFLICT (dedupe_key) DO NOTHING
       RETURNING id`,
    )
    .bind(commentId, except, recipient, nowMs, edit ? `:edit:${nowMs}` : '', channel.kind)
}

/** The owner's channels for a comment: `notifyOwner` once for each, or null, as a named batch wants its statements. */
export function notifyOwnerChannels(
  db: D1Database,
  channels: OwnerChannel[],
  comment: { commentId: number | null; edit: boolean },
  nowMs: number,
) {
  const of = (kind: OwnerChannel['kind']) => {
    const channel = channels.find((c) => c.kind === kind)
    return channel ? notifyOwner(db, { ...comment, channel }, nowMs) : null
  }
  return { owner: of('owner'), webhook: of('webhook') }
}

/** The ids an INSERT … RETURNING id statement of a batch wrote. */
export const insertedIds = (result: D1Result | undefined): number[] => rowsOf<{ id: number }>(result).map((r) => r.id)
