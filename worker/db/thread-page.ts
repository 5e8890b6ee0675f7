// One page of a thread as the public sees it: what /api/comments answers and /embed renders, read in one round trip.
import type { ListResponse } from '../api-types'
import { runBatch } from './batch'
import { listPublishedStatement, pageFromResult } from './comments'
import { findThreadStatement, threadFromResult } from './threads'

/** An unknown thread is an empty one, never an error: a page asks before its first comment exists. */
export async function readThreadPage(
  db: D1Database,
  siteId: string,
  key: string,
  afterId: number,
  limit: number,
): Promise<ListResponse> {
  // The page finds the thread by its key, so it need not wait for the thread's id.
  const r = await runBatch(db, {
    thread: findThreadStatement(db, siteId, key),
    page: listPublishedStatement(db, siteId, key, afterId, limit),
  })
  const thread = threadFromResult(r.thread)
  if (!thread) return { thread: { key, title: '', url: null, commentCount: 0 }, comments: [], nextCursor: null }
  return {
    thread: { key, title: thread.title, url: thread.url, commentCount: thread.commentCount },
    ...pageFromResult(r.page, limit),
  }
}
