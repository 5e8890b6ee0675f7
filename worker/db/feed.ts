// The newest published comments of a site, or of one of its threads, each with its thread: what the Atom feeds list.
import type { Comment, ThreadInfo } from '../api-types'
import { toComment, type CommentRow } from './comments'
import { shownTitle } from './threads'

export type FeedEntry = { comment: Comment; thread: Pick<ThreadInfo, 'key' | 'title' | 'url'> }

type FeedRow = CommentRow & { thread_key: string; thread_title: string; thread_url: string | null }

const SELECT = `SELECT c.id, c.thread_id, c.parent_id, c.name, c.website, c.avatar, c.html, c.status, c.created_at,
  c.edited_at, t.key AS thread_key, ${shownTitle('t')} AS thread_title, t.url AS thread_url
  FROM comments c JOIN threads t ON t.id = c.thread_id`

/** Newest first, each from its own index range: a thread's comments, or a site's published ones (comments.site_id). */
export async function listFeedEntries(
  db: D1Database,
  siteId: string,
  threadKey: string | null,
  limit: number,
): Promise<FeedEntry[]> {
  const statement =
    threadKey === null
      ? db
          .prepare(`${SELECT} WHERE c.site_id = ? AND c.status = 'published' ORDER BY c.id DESC LIMIT ?`)
          .bind(siteId, limit)
      : db
          .prepare(
            `${SELECT} WHERE c.thread_id = (SELECT id FROM threads WHERE site_id = ? AND key = ?)
             AND c.status = 'published' ORDER BY c.id DESC LIMIT ?`,
          )
          .bind(siteId, threadKey, limit)
  const { results } = await statement.all<FeedRow>()
  return results.map((r) => ({
    comment: toComment(r),
    thread: { key: r.thread_key, title: r.thread_title, url: r.thread_url },
  }))
}
