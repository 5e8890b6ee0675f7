// comments table, the owner's view: every state, with the address, the IP hash and the thread, across sites.
import type { AdminComment } from '../admin-types'
import type { SpamReason, StoredStatus } from '../domain'
import { readPage } from './page'
import { iso, isoOrNull } from './time'
import { shownTitle } from './threads'
import { inSites } from './where'

type AdminCommentRow = {
  id: number
  parent_id: number | null
  name: string
  email: string | null
  website: string | null
  ip_hash: string | null
  body: string
  html: string
  status: StoredStatus
  created_at: number
  edited_at: number | null
  thread_id: number
  site_id: string
  thread_key: string
  thread_title: string
  thread_url: string | null
  spam_score: number
  spam_reasons: string
}

const SELECT = `SELECT c.id, c.parent_id, c.name, c.email, c.website, c.ip_hash, c.body, c.html, c.status, c.created_at, c.edited_at,
  c.spam_score, c.spam_reasons, c.thread_id, t.site_id, t.key AS thread_key, ${shownTitle('t')} AS thread_title, t.url AS thread_url
  FROM comments c JOIN threads t ON t.id = c.thread_id`

/** The owner's view as stored; the moderation layer adds the actions its state allows. */
export type StoredAdminComment = Omit<AdminComment, 'actions'>

const toAdminComment = (r: AdminCommentRow): StoredAdminComment => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  email: r.email,
  website: r.website,
  ipHash: r.ip_hash,
  body: r.body,
  html: r.html,
  status: r.status,
  createdAt: iso(r.created_at),
  editedAt: isoOrNull(r.edited_at),
  spamScore: r.spam_score,
  spamReasons: JSON.parse(r.spam_reasons) as SpamReason[],
  thread: { id: r.thread_id, siteId: r.site_id, key: r.thread_key, title: r.thread_title, url: r.thread_url },
})

export type CommentFilter = {
  siteId: string | null
  threadId: number | null
  status: StoredStatus | null
  /** The sites the admin may see; null for every site. */
  sites: readonly string[] | null
}

/**
 * A page of comments, newest first, before the cursor. The WHERE clause is assembled from fixed fragments (values are
 * still bound) so each filter combination gets a plan that uses an index: comments_by_status or comments_by_thread.
 */
export async function listAdminComments(db: D1Database, f: CommentFilter, beforeId: number, limit: number) {
  const where = [
    ['c.id < ?', beforeId] as const,
    f.status === null ? null : (['c.status = ?', f.status] as const),
    f.threadId === null ? null : (['c.thread_id = ?', f.threadId] as const),
    f.siteId === null ? null : (['t.site_id = ?', f.siteId] as const),
    inSites('t.site_id', f.sites),
  ]
  return readPage(db, { select: SELECT, where, id: 'c.id' }, limit, toAdminComment)
}

export async function findAdminComment(db: D1Database, id: number): Promise<StoredAdminComment | null> {
  const row = await db.prepare(`${SELECT} WHERE c.id = ?`).bind(id).first<AdminCommentRow>()
  return row && toAdminComment(row)
}

/** Moves a comment to `to` only from one of `from`: a concurrent change in between makes it a no-op (meta.changes 0). */
export function transitionComment(
  db: D1Database,
  id: number,
  from: readonly StoredStatus[],
  to: StoredStatus,
): D1PreparedStatement {
  return db
    .prepare('UPDATE comments SET status = ? WHERE id = ? AND status IN (SELECT value FROM json_each(?))')
    .bind(to, id, JSON.stringify(from))
}
