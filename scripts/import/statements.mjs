// The SQL of an import. Every statement is idempotent: a thread or comment already there is left alone (threads by
// site and key, comments by source and source id), so a second run, or the rest of a run that failed midway, adds
// only what is missing.
import { LIMITS } from '../../worker/limits.ts'
import { oneLine } from '../../worker/text.ts'
import { sqlLiteral } from '../d1-command.mjs'

const THREAD = `INSERT INTO threads (site_id, key, title, url, locked, created_at, title_from_site, source, source_id) VALUES`
const COMMENT = `INSERT INTO comments (thread_id, name, email, email_normalized, website, avatar, body, html, status,
  created_at, edited_at, source, source_id, source_parent_id) VALUES`
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

export function writeComment(out, { siteId, source }, key, row, ids) {
  const { name, email, emailNormalized, website, avatar, body, html, status, createdAt, editedAt } = row
  const values = [threadId(siteId, key), name, email, emailNormalized, website, avatar, body, html, status, createdAt]
  out.row('comments', COMMENT, 'ON CONFLICT DO NOTHING', [...values, editedAt, source, ids.sourceId, ids.parentId])
}

export function writeFollower(out, siteId, key, follower) {
  const { email, emailNormalized, state, createdAt, updatedAt } = follower
  const values = [threadId(siteId, key), email, emailNormalized, state, createdAt, updatedAt]
  out.row('followers', FOLLOWER, 'ON CONFLICT (thread_id, email_normalized) DO NOTHING', values)
}

/**
 * Last: each reply is linked to its parent (which may have come later in the file, or in an earlier run), and every
 * thread of the site counts its published comments again, as the widget, the counts and the feeds read them.
 */
export function writeFinish(out, { siteId, source }) {
  const site = sqlLiteral(siteId)
  out.statement(`UPDATE comments SET parent_id = (
  SELECT p.id FROM comments AS p
  WHERE p.thread_id = comments.thread_id AND p.source = comments.source AND p.source_id = comments.source_parent_id)
WHERE source = ${sqlLiteral(source)} AND source_parent_id IS NOT NULL AND parent_id IS NULL
  AND thread_id IN (SELECT id FROM threads WHERE site_id = ${site});`)
  out.statement(`UPDATE threads SET comment_count = (
  SELECT count(*) FROM comments WHERE comments.thread_id = threads.id AND comments.status = 'published')
WHERE site_id = ${site};`)
}
