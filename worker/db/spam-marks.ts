// What the content checks look up in D1: the same body posted on the site within a day (comments.body_hash), and what
// the owner's spam marks taught them (spam_marks). Statements for the preflight batch and for the moderation batch.
import { rowsOf } from './batch'

/** How far back a repeated body counts: a campaign posts its text across threads within hours. */
export const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000

/** A row when a comment with this body hash (which names the site) was posted within the window, in any state. */
export function findRecentBody(db: D1Database, bodyHash: string, nowMs: number): D1PreparedStatement {
  return db
    .prepare('SELECT 1 AS ok FROM comments WHERE body_hash = ? AND created_at > ? LIMIT 1')
    .bind(bodyHash, nowMs - DUPLICATE_WINDOW_MS)
}

/** The marks among `marks` ('body:<hash>', 'host:<name>') that the site's owner taught by marking spam. */
export function findSpamMarks(db: D1Database, siteId: string, marks: readonly string[]): D1PreparedStatement {
  return db
    .prepare('SELECT mark FROM spam_marks WHERE site_id = ? AND mark IN (SELECT value FROM json_each(?))')
    .bind(siteId, JSON.stringify(marks))
}

export const marksFromResult = (result: D1Result | undefined): string[] =>
  rowsOf<{ mark: string }>(result).map((r) => r.mark)

/** Whose marks, and the comment whose change teaches them: run after that change, in its batch, and only if it took. */
export type Teaching = { siteId: string; commentId: number; marks: readonly string[] }

/** Learns a comment's marks once it is spam; a mark learned before is kept as it is. */
export function insertSpamMarks(db: D1Database, t: Teaching, nowMs: number) {
  return db
    .prepare(
      `INSERT OR IGNORE INTO spam_marks (site_id, mark, created_at) SELECT ?, value, ? FROM json_each(?)
       WHERE EXISTS (SELECT 1 FROM comments WHERE id = ? AND status = 'spam')`,
    )
    .bind(t.siteId, nowMs, JSON.stringify(t.marks), t.commentId)
}

/** Forgets them once the comment is published: the owner said a comment bearing them is not spam. */
export function deleteSpamMarks(db: D1Database, t: Teaching) {
  return db
    .prepare(
      `DELETE FROM spam_marks WHERE site_id = ? AND mark IN (SELECT value FROM json_each(?))
       AND EXISTS (SELECT 1 FROM comments WHERE id = ? AND status = 'published')`,
    )
    .bind(t.siteId, JSON.stringify(t.marks), t.commentId)
}
