// A reader's own data on one site, by their normalised address: the threads they follow and their comments, for their
// page and its download, and the changes the page makes to their follows. Every statement names the site and the
// address, so a token for one reader never reaches another's rows.
import type { DeliveryMode, StoredStatus } from '../domain'
import { NEWEST_COMMENT } from './followers'
import { readPage, type Page } from './page'
import { iso, isoOrNull } from './time'
import { shownTitle } from './threads'

/** A reader on one site, as the link to their own page names them: the site and the normalised address. */
export type Reader = { siteId: string; email: string }

type ThreadOf = { key: string; title: string; url: string | null }

export type ReaderFollow = {
  id: number
  state: 'pending' | 'active'
  delivery: DeliveryMode
  createdAt: string
  thread: ThreadOf
}

export type ReaderComment = {
  id: number
  parentId: number | null
  name: string
  body: string
  status: StoredStatus
  createdAt: string
  editedAt: string | null
  thread: ThreadOf
}

type ThreadCols = { thread_key: string; thread_title: string; thread_url: string | null }
type FollowRow = ThreadCols & { id: number; state: 'pending' | 'active'; delivery: DeliveryMode; created_at: number }
type CommentRow = ThreadCols & {
  id: number
  parent_id: number | null
  name: string
  body: string
  status: StoredStatus
  created_at: number
  edited_at: number | null
}

const THREAD_COLS = `t.key AS thread_key, ${shownTitle('t')} AS thread_title, t.url AS thread_url`
const threadOf = (r: ThreadCols): ThreadOf => ({ key: r.thread_key, title: r.thread_title, url: r.thread_url })

/** The follower rows of the reader on the site (?1 address, ?2 site), checked per row through threads' primary key. */
export const OF_READER = `email_normalized = ?1
  AND EXISTS (SELECT 1 FROM threads s WHERE s.id = followers.thread_id AND s.site_id = ?2)`

/** Every thread the reader follows or asked to follow on the site, in the order they began (followers_by_email). */
export async function listReaderFollows(db: D1Database, r: Reader): Promise<ReaderFollow[]> {
  const { results } = await db
    .prepare(
      `SELECT f.id, f.state, f.delivery, f.created_at, ${THREAD_COLS}
       FROM followers f JOIN threads t ON t.id = f.thread_id
       WHERE f.email_normalized = ?1 AND t.site_id = ?2 AND f.state IN ('pending', 'active') ORDER BY f.id`,
    )
    .bind(r.email, r.siteId)
    .all<FollowRow>()
  return results.map((f) => ({ ...f, createdAt: iso(f.created_at), thread: threadOf(f) }))
}

const COMMENTS = `SELECT c.id, c.parent_id, c.name, c.body, c.status, c.created_at, c.edited_at, ${THREAD_COLS}
  FROM comments c JOIN threads t ON t.id = c.thread_id`

const toReaderComment = (c: CommentRow): ReaderComment => ({
  id: c.id,
  parentId: c.parent_id,
  name: c.name,
  body: c.body,
  status: c.status,
  createdAt: iso(c.created_at),
  editedAt: isoOrNull(c.edited_at),
  thread: threadOf(c),
})

/** A page of the reader's comments in `statuses`, newest first, before the cursor (comments_by_email). */
export async function listReaderComments(
  db: D1Database,
  r: Reader,
  statuses: readonly StoredStatus[],
  beforeId: number,
  limit: number,
): Promise<Page<ReaderComment>> {
  const where = [
    ['c.email_normalized = ?', r.email],
    ['t.site_id = ?', r.siteId],
    ['c.status IN (SELECT value FROM json_each(?))', JSON.stringify(statuses)],
    ['c.id < ?', beforeId],
  ] as const
  return readPage(db, { select: COMMENTS, where, id: 'c.id' }, limit, toReaderComment)
}

/**
 * The reader's choice for one of their follows. Switching to digests starts after the thread's newest comment (they
 * had a mail for each before); switching back leaves a digest with news to go out once more, so nothing is lost.
 */
export async function setReaderDelivery(
  db: D1Database,
  r: Reader,
  { followerId, delivery }: { followerId: number; delivery: DeliveryMode },
  nowMs: number,
): Promise<boolean> {
  const row = await db
    .prepare(
      `UPDATE followers SET delivery = ?4, updated_at = ?5,
         digested_through = CASE WHEN delivery = 'each' AND ?4 = 'digest' THEN ${NEWEST_COMMENT} ELSE digested_through END
       WHERE id = ?3 AND ${OF_READER} AND state IN ('pending', 'active') RETURNING id`,
    )
    .bind(r.email, r.siteId, followerId, delivery, nowMs)
    .first<{ id: number }>()
  return row !== null
}

/** Stops one of the reader's follows (null: all of them on the site). Returns how many stopped. */
export async function leaveReaderFollows(
  db: D1Database,
  r: Reader,
  followerId: number | null,
  nowMs: number,
): Promise<number> {
  const result = await db
    .prepare(
      `UPDATE followers SET state = 'unsubscribed', updated_at = ?4
       WHERE ${OF_READER} AND (?3 IS NULL OR id = ?3) AND state IN ('pending', 'active')`,
    )
    .bind(r.email, r.siteId, followerId, nowMs)
    .run()
  return result.meta.changes
}
