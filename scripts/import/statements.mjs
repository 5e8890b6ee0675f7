// The SQL of an import. Every statement is idempotent: a thread or comment already there is left alone (threads by
// site and key, comments by source and source id), so a second run, or the rest of a run that failed midway, adds
// only what is missing. Comments are staged first and written to their threads last, in date order: a thread lists
// its comments by id, and exports list them in any order (Disqus by thread, WordPress by post, replies before parents).
import { LIMITS } from '../../worker/limits.ts'
import { oneLine } from '../../worker/text.ts'
import { sqlLiteral } from '../d1-command.mjs'

const THREAD = `INSERT INTO threads (site_id, key, title, url, locked, created_at, title_from_site, source, source_id) VALUES`
const COMMENT_COLUMNS = `name, email, email_normalized, website, avatar, body, html, status, created_at, edited_at,
  source, source_id, source_parent_id`
// Kept in D1 between the files of one run (a --remote import runs several), emptied when a run starts, dropped when done.
const STAGING = 'import_staging'
const STAGE = `INSERT INTO ${STAGING} (site_id, key, ${COMMENT_COLUMNS}) VALUES`
const FOLLOWER = `INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at) VALUES`

/** The thread's id by its key, as a subquery: rows of a later file need no ids from an earlier one. */
const threadId = (siteId, key) => ({
  raw: `(SELECT id FROM threads WHERE site_id = ${sqlLiteral(siteId)} AND key = ${sqlLiteral(key)})`,
})

export function writeThread(out, { siteId, source }, thread) {
  const url = thread.link && thread.link.length <= LIMITS.threadUrl ? thread.link : null
  const title = oneLine(thread.title ?? '', LIMITS.threadTitle)
  // The owner's own export names the page: its title is the site's, as if a page of the site had sent it.
  const locked = thread.locked ? 1 : 0
  const values = [siteId, thread.key, title, url, locked, thread.createdAt ?? Date.now(), 1, source, thread.sourceId]
  out.row('threads', THREAD, 'ON CONFLICT (site_id, key) DO NOTHING', values)
}

export function writeStart(out) {
  out.statement(`CREATE TABLE IF NOT EXISTS ${STAGING} (
  seq INTEGER PRIMARY KEY, site_id TEXT NOT NULL, key TEXT NOT NULL, ${COMMENT_COLUMNS});`)
  out.statement(`DELETE FROM ${STAGING};`)
}

export function writeComment(out, { siteId, source }, key, row, ids) {
  const { name, email, emailNormalized, website, avatar, body, html, status, createdAt, editedAt } = row
  const values = [siteId, key, name, email, emailNormalized, website, avatar, body, html, status, createdAt, editedAt]
  out.row('comments', STAGE, '', [...values, source, ids.sourceId, ids.parentId])
}

export function writeFollower(out, siteId, key, follower) {
  const { email, emailNormalized, state, createdAt, updatedAt } = follower
  const values = [threadId(siteId, key), email, emailNormalized, state, createdAt, updatedAt]
  out.row('followers', FOLLOWER, 'ON CONFLICT (thread_id, email_normalized) DO NOTHING', values)
}

/**
 * Last: the staged comments go to their threads, oldest first (ties in file order); each reply is linked to its parent
 * (which may have come later in the file, or in an earlier run), and every thread of the site counts its published
 * comments again, as the widget, the counts and the feeds read them.
 */
export function writeFinish(out, { siteId, source }) {
  const site = sqlLiteral(siteId)
  // `WHERE true` keeps SQLite from reading ON CONFLICT as the join's ON.
  out.statement(`INSERT INTO comments (site_id, thread_id, ${COMMENT_COLUMNS})
SELECT t.site_id, t.id, ${COMMENT_COLUMNS.replace(/(\w+)/g, 's.$1')}
FROM ${STAGING} AS s JOIN threads AS t ON t.site_id = s.site_id AND t.key = s.key
WHERE true ORDER BY s.created_at, s.seq
ON CONFLICT DO NOTHING;`)
  out.statement(`DROP TABLE ${STAGING};`)
  out.statement(`UPDATE comments SET parent_id = (
  SELECT p.id FROM comments AS p
  WHERE p.thread_id = comments.thread_id AND p.source = comments.source AND p.source_id = comments.source_parent_id)
WHERE source = ${sqlLiteral(source)} AND source_parent_id IS NOT NULL AND parent_id IS NULL
  AND thread_id IN (SELECT id FROM threads WHERE site_id = ${site});`)
  out.statement(`UPDATE threads SET comment_count = (
  SELECT count(*) FROM comments WHERE comments.thread_id = threads.id AND comments.status = 'published')
WHERE site_id = ${site};`)
}
