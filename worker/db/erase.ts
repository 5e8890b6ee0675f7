// "Erase me" on the reader's own page: one D1 batch (all of it or none) that removes the reader's follows and the mail
// waiting for them, and anonymises or deletes their comments on the site as its owner chose, logged without the address.
import type { EraseMode } from '../domain'
import { escapeHtml } from '../text'
import { insertAdminAction } from './admin-actions'
import { runBatch } from './batch'
import { meLinkKeys } from './me-links'
import { OF_READER, type Reader } from './reader'

/** The reader's comments on the site (?1 address, ?2 site), by comments_by_email and threads' primary key. */
const THEIR_COMMENTS = `SELECT c.id FROM comments c JOIN threads t ON t.id = c.thread_id
  WHERE c.email_normalized = ?1 AND t.site_id = ?2`

/** What the reader has on the site, read before erasing: nothing (a second erase) means nothing to do or log. */
export async function countReaderData(db: D1Database, r: Reader): Promise<{ comments: number; follows: number }> {
  const row = await db
    .prepare(
      `SELECT (SELECT count(*) FROM (${THEIR_COMMENTS})) AS comments,
         (SELECT count(*) FROM followers WHERE ${OF_READER}) AS follows`,
    )
    .bind(r.email, r.siteId)
    .first<{ comments: number; follows: number }>()
  return row ?? { comments: 0, follows: 0 }
}

export type Erasure = { mode: EraseMode; removed: string; counts: { comments: number; follows: number } }

export async function eraseReader(db: D1Database, r: Reader, e: Erasure, nowMs: number): Promise<void> {
  const bind = (sql: string, ...more: (string | number | null)[]) => db.prepare(sql).bind(r.email, r.siteId, ...more)
  const keys = meLinkKeys(r)
  await runBatch(db, {
    // The outbox refers to followers: their mail goes first, then they do.
    mail: bind(
      `DELETE FROM outbox WHERE follower_id IN (SELECT id FROM followers WHERE ${OF_READER})
         OR (dedupe_key > ?3 AND dedupe_key < ?4)`,
      keys.from,
      keys.to,
    ),
    follows: bind(`DELETE FROM followers WHERE ${OF_READER}`),
    // Mails to others that quote the reader's comments: not sent any more, and their stored copies emptied.
    quoted: bind(
      `UPDATE outbox SET state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
         subject = NULL, text_body = NULL, html_body = NULL, headers = NULL, updated_at = ?3
       WHERE comment_id IN (${THEIR_COMMENTS})`,
      nowMs,
    ),
    // Before the comments change, while it still sees which of them are published.
    count:
      e.mode === 'delete'
        ? bind(
            `UPDATE threads SET comment_count = comment_count - (SELECT count(*) FROM comments c
               WHERE c.thread_id = threads.id AND c.email_normalized = ?1 AND c.status = 'published')
             WHERE site_id = ?2 AND id IN (SELECT thread_id FROM comments WHERE email_normalized = ?1)`,
          )
        : null,
    // A held comment has nothing to keep in place for anyone: it goes in both modes.
    comments: bind(
      `UPDATE comments SET name = ?3, body = ?3, html = ?4, email = NULL, email_normalized = NULL, website = NULL,
         ip_hash = NULL, author_key = NULL, body_hash = NULL, avatar = '',
         status = CASE WHEN status = 'pending' OR (?5 = 'delete' AND status = 'published') THEN 'deleted' ELSE status END
       WHERE id IN (${THEIR_COMMENTS})`,
      e.removed,
      `<p><em>${escapeHtml(e.removed)}</em></p>`,
      e.mode,
    ),
    log: insertAdminAction(
      db,
      {
        actor: 'reader',
        action: 'erase',
        target: `reader of ${r.siteId}`,
        detail: `${e.mode}: ${e.counts.comments} comments, ${e.counts.follows} follows`,
        siteId: r.siteId,
      },
      nowMs,
    ),
  })
}
