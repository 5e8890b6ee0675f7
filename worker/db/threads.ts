// threads table: one row per page (site + key), holding its title, URL and published comment count.
import type { AdminThread } from '../admin-types'
import type { ThreadInfo } from '../api-types'
import { rowsOf } from './batch'
import { readPage } from './page'
import { iso } from './time'
import { inSites } from './where'

export type Thread = ThreadInfo & { id: number; siteId: string; locked: boolean }

type ThreadRow = {
  id: number
  site_id: string
  key: string
  title: string
  url: string | null
  comment_count: number
  locked: number
}

const toThread = (r: ThreadRow): Thread => ({
  id: r.id,
  siteId: r.site_id,
  key: r.key,
  title: r.title,
  url: r.url,
  commentCount: r.comment_count,
  locked: r.locked === 1,
})

/**
 * A thread's title where it is shown to people (mails, pages behind mail links, the API): only a title that came from
 * the site's own page; otherwise '' and the reader sees the thread's path. `t` is the threads table's alias.
 */
export const shownTitle = (t: string) => `CASE WHEN ${t}.title_from_site = 1 THEN ${t}.title ELSE '' END`

/** The lookup as a statement, so a read can share one batch (one D1 round trip) with the statements that need it. */
export function findThreadStatement(db: D1Database, siteId: string, key: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT id, site_id, key, ${shownTitle('threads')} AS title, url, comment_count, locked FROM threads
       WHERE site_id = ? AND key = ?`,
    )
    .bind(siteId, key)
}

export const threadFromResult = (result: D1Result | undefined): Thread | null => {
  const row = rowsOf<ThreadRow>(result)[0]
  return row ? toThread(row) : null
}

/**
 * Creates the thread on its first comment or follower. `title` and `url` are given only by a request from one of the
 * site's origins (write/parse.ts), so the site's own page sets them, and corrects them when they change.
 */
export function upsertThread(
  db: D1Database,
  siteId: string,
  key: string,
  title: string | null,
  url: string | null,
  nowMs: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO threads (site_id, key, title, url, created_at, title_from_site)
       VALUES (?1, ?2, coalesce(?3, ''), ?4, ?5, ?3 IS NOT NULL)
       ON CONFLICT (site_id, key) DO UPDATE SET
         title = coalesce(?3, threads.title),
         title_from_site = CASE WHEN ?3 IS NULL THEN threads.title_from_site ELSE 1 END,
         url = coalesce(?4, threads.url)`,
    )
    .bind(siteId, key, title, url, nowMs)
}

/** Published comment counts for many threads in one statement; the list of keys travels as one JSON parameter. */
export async function listCounts(db: D1Database, siteId: string, keys: string[]): Promise<Record<string, number>> {
  const { results } = await db
    .prepare('SELECT key, comment_count FROM threads WHERE site_id = ? AND key IN (SELECT value FROM json_each(?))')
    .bind(siteId, JSON.stringify(keys))
    .all<{ key: string; comment_count: number }>()
  const counts: Record<string, number> = Object.fromEntries(keys.map((key) => [key, 0]))
  for (const row of results) counts[row.key] = row.comment_count
  return counts
}

/** Counts the comment inserted just before in the same batch, if it was published at once. */
export function countInsertedComment(db: D1Database): D1PreparedStatement {
  return db.prepare(
    `UPDATE threads SET comment_count = comment_count + 1
     WHERE id = (SELECT thread_id FROM comments WHERE id = last_insert_rowid() AND status = 'published')`,
  )
}

/** Adds `delta` to the comment's thread count if the comment is published at that point of the batch:
 *  put it before a status change to count a removal, after one to count a publication. */
export function adjustCountIfPublished(db: D1Database, commentId: number, delta: 1 | -1): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE threads SET comment_count = comment_count + ?2
       WHERE id = (SELECT thread_id FROM comments WHERE id = ?1 AND status = 'published')`,
    )
    .bind(commentId, delta)
}

/** Adds 1 to the comment's thread count if the comment is in one of `statuses` at that point of the batch: put it
 *  before the statement that publishes it, so a comment already published meanwhile is not counted twice. */
export function countIfPublishing(db: D1Database, commentId: number, statuses: readonly string[]): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE threads SET comment_count = comment_count + 1
       WHERE id = (SELECT thread_id FROM comments WHERE id = ? AND status IN (SELECT value FROM json_each(?)))`,
    )
    .bind(commentId, JSON.stringify(statuses))
}

type AdminThreadRow = ThreadRow & { created_at: number }

export type ThreadFilter = { siteId: string | null; sites: readonly string[] | null }

const ADMIN_COLUMNS = 'id, site_id, key, title, url, comment_count, locked, created_at'

const toAdminThread = (r: AdminThreadRow): AdminThread => ({
  ...toThread(r),
  createdAt: iso(r.created_at),
})

export async function findThreadById(db: D1Database, id: number): Promise<AdminThread | null> {
  const row = await db.prepare(`SELECT ${ADMIN_COLUMNS} FROM threads WHERE id = ?`).bind(id).first<AdminThreadRow>()
  return row && toAdminThread(row)
}

/** A page of threads, newest first, of one site and of the sites an admin sees; reads `limit + 1` rows for the cursor. */
export async function listThreads(db: D1Database, f: ThreadFilter, beforeId: number, limit: number) {
  const where = [
    ['id < ?', beforeId] as const,
    f.siteId === null ? null : (['site_id = ?', f.siteId] as const),
    inSites('site_id', f.sites),
  ]
  return readPage(db, { select: `SELECT ${ADMIN_COLUMNS} FROM threads`, where }, limit, toAdminThread)
}

export function setThreadLocked(db: D1Database, id: number, locked: boolean): D1PreparedStatement {
  return db.prepare('UPDATE threads SET locked = ? WHERE id = ?').bind(locked ? 1 : 0, id)
}
