// comments table: reads and writes of comments, and the one mapper to the public Comment shape.
import type { Comment } from '../api-types'
import type { SpamReason, StoredStatus } from '../domain'
import { rowsOf } from './batch'
import { toPage } from './page'
import { iso, isoOrNull } from './time'

export type CommentRow = {
  id: number
  thread_id: number
  parent_id: number | null
  name: string
  website: string | null
  avatar: string
  html: string
  status: StoredStatus
  created_at: number
  edited_at: number | null
}

const COLUMNS = 'id, thread_id, parent_id, name, website, avatar, html, status, created_at, edited_at'

/** The public shape: never the email address, the IP hash or the raw body. */
export const toComment = (r: CommentRow): Comment => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  website: r.website,
  avatar: r.avatar,
  html: r.html,
  createdAt: iso(r.created_at),
  editedAt: isoOrNull(r.edited_at),
  // Only a published comment reads as published; a held one (or a blocked author's, kept as spam) reads as awaiting approval.
  status: r.status === 'published' ? 'published' : 'pending',
})

/** The public comment plus what the Worker itself needs to decide on it. */
export type StoredComment = { comment: Comment; threadId: number; status: StoredStatus; createdAtMs: number }

const toStored = (r: CommentRow): StoredComment => ({
  comment: toComment(r),
  threadId: r.thread_id,
  status: r.status,
  createdAtMs: r.created_at,
})

/**
 * One page of a thread's published comments in id order, after the cursor; reads `limit + 1` rows to know if more
 * follow. The thread is named by site and key, so the statement can share one batch with the thread's own lookup.
 */
export function listPublishedStatement(
  db: D1Database,
  siteId: string,
  threadKey: string,
  afterId: number,
  limit: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM comments
       WHERE thread_id = (SELECT id FROM threads WHERE site_id = ? AND key = ?) AND status = 'published' AND id > ?
       ORDER BY id LIMIT ?`,
    )
    .bind(siteId, threadKey, afterId, limit + 1)
}

export function pageFromResult(result: D1Result, limit: number): { comments: Comment[]; nextCursor: string | null } {
  const { items, nextCursor } = toPage(rowsOf<CommentRow>(result), limit, toComment)
  return { comments: items, nextCursor }
}

export function findCommentStatement(db: D1Database, id: number): D1PreparedStatement {
  return db.prepare(`SELECT ${COLUMNS} FROM comments WHERE id = ?`).bind(id)
}

export type NewComment = {
  siteId: string
  threadKey: string
  parentId: number | null
  name: string
  email: string | null
  emailNormalized: string | null
  website: string | null
  avatar: string
  body: string
  html: string
  status: StoredStatus
  ipHash: string
  authorKey: string
  spamScore: number
  spamReasons: readonly SpamReason[]
  bodyHash: string | null
}

/** Inserts into the thread named by site and key, so it can share one batch with the statement that creates the thread. */
export function insertComment(db: D1Database, c: NewComment, nowMs: number): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO comments (site_id, thread_id, parent_id, name, email, email_normalized, website, avatar, body, html,
         status, ip_hash, author_key, spam_score, spam_reasons, body_hash, created_at)
       VALUES (?1, (SELECT id FROM threads WHERE site_id = ?1 AND key = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       RETURNING ${COLUMNS}`,
    )
    .bind(
      ...[c.siteId, c.threadKey, c.parentId, c.name, c.email, c.emailNormalized, c.website, c.avatar, c.body, c.html],
      ...[c.status, c.ipHash, c.authorKey, c.spamScore, JSON.stringify(c.spamReasons), c.bodyHash, nowMs],
    )
}

/** The comment an INSERT or UPDATE … RETURNING of a batch wrote, or null when it matched no row. */
export const storedFromResult = (result: D1Result): StoredComment | null => {
  const row = rowsOf<CommentRow>(result)[0]
  return row ? toStored(row) : null
}

/**
 * Changes the text of a comment that is still published or held; RETURNING yields no row when it is gone. With
 * `review`, a published comment goes back to 'pending': its new text waits for the owner, as a new comment would.
 */
export function updateCommentBody(
  db: D1Database,
  { id, body, html, review }: { id: number; body: string; html: string; review: boolean },
  nowMs: number,
) {
  return db
    .prepare(
      `UPDATE comments SET body = ?, html = ?, edited_at = ?, status = CASE WHEN ? THEN 'pending' ELSE status END
       WHERE id = ? AND status IN ('published', 'pending')
       RETURNING ${COLUMNS}`,
    )
    .bind(body, html, nowMs, review ? 1 : 0, id)
}

/** Deletes a comment only while it is visible: a spam mark or deletion made meanwhile by the owner stays as it is. */
export function deleteVisibleComment(db: D1Database, id: number): D1PreparedStatement {
  return db
    .prepare("UPDATE comments SET status = 'deleted' WHERE id = ? AND status IN ('published', 'pending')")
    .bind(id)
}

/** A row when this author (by the key of their author token) has a published comment anywhere on the site. */
export function findPublishedByAuthor(db: D1Database, siteId: string, authorKey: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT 1 AS ok FROM comments JOIN threads ON threads.id = comments.thread_id
       WHERE comments.author_key = ? AND comments.status = 'published' AND threads.site_id = ? LIMIT 1`,
    )
    .bind(authorKey, siteId)
}
