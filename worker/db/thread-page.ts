// One page of a thread as the public sees it: what /api/comments answers and /embed renders. The first page, or the one
// after or before a cursor, in one round trip; the page of a permalink (`at`) in two, as it first finds the comment.
import type { ListResponse } from '../api-types'
import type { SortOrder } from '../domain'
import { rowsOf, runBatch } from './batch'
import { byIdStatement, chainStatement, topLevelStatement, treeStatement, type TreeRow } from './comment-pages'
import { toComment, type CommentRow } from './comments'
import { findThreadStatement, threadFromResult } from './threads'

/**
 * Where the page starts: after `after` (a nextCursor), before `before` (a prevCursor), or at the comment `at` (oldest
 * first: the comment, the comments above it and what follows it; newest first: the page of its top-level comment).
 */
export type PageAsk = { order: SortOrder; after?: number; before?: number; at?: number }

type Results = Record<string, D1Result | undefined>

/** The id to go on from, past the `limit` shown, when the `limit + 1` read found more; `ids` nearest first. */
const beyond = (ids: number[], limit: number) => (ids.length > limit ? String(ids[limit - 1]) : null)

/** An unknown thread is an empty one, never an error: a page asks before its first comment exists. */
export async function readThreadPage(
  db: D1Database,
  siteId: string,
  key: string,
  ask: PageAsk,
  limit: number,
): Promise<ListResponse> {
  const newest = ask.order === 'newest'
  const thread = findThreadStatement(db, siteId, key)
  // `forward`: towards the end of the reading order, which is up the ids when oldest first and down them when newest.
  const ids = (forward: boolean, from: number, n: number) =>
    (newest ? topLevelStatement : byIdStatement)(db, siteId, key, forward !== newest, from, n)
  const page = (forward: boolean, from: number): Record<string, D1PreparedStatement> =>
    newest
      ? { roots: ids(forward, from, limit), tree: treeStatement(db, siteId, key, !forward, from, limit) }
      : { rows: ids(forward, from, limit) }

  /** The page's comments in reading order, and the cursor past its far end. */
  function read(r: Results, forward: boolean) {
    if (newest) {
      const roots = rowsOf<{ id: number }>(r.roots).map((row) => row.id)
      return { comments: rowsOf<TreeRow>(r.tree).map(toComment), cursor: beyond(roots, limit) }
    }
    const rows = rowsOf<CommentRow>(r.rows)
    const shown = rows.slice(0, limit)
    return {
      comments: (forward ? shown : shown.reverse()).map(toComment),
      cursor: beyond(
        rows.map((row) => row.id),
        limit,
      ),
    }
  }

  function respond(found: D1Result | undefined, rest: Omit<ListResponse, 'thread'>): ListResponse {
    const t = threadFromResult(found)
    if (!t) return { thread: { key, title: '', url: null, commentCount: 0 }, comments: [], nextCursor: null }
    return { thread: { key, title: t.title, url: t.url, commentCount: t.commentCount }, ...rest }
  }

  if (ask.before !== undefined) {
    const r = await runBatch(db, { thread, ...page(false, ask.before) })
    const { comments, cursor } = read(r, false)
    return respond(r.thread, { comments, nextCursor: null, prevCursor: cursor })
  }
  if (ask.at !== undefined) {
    const found = await runBatch(db, { thread, chain: chainStatement(db, siteId, key, ask.at) })
    const chain = rowsOf<CommentRow>(found.chain)
    const top = chain[0] && (newest ? chain[0].id : ask.at)
    // A comment that is not in this thread opens the first page; so does one on the first page, as it always did.
    if (top !== undefined) {
      const r = await runBatch(db, { ...page(true, newest ? top + 1 : top - 1), earlier: ids(false, top, limit - 1) })
      if (rowsOf(r.earlier).length >= limit) {
        const { comments, cursor } = read(r, true)
        // Oldest first, the page starts at the comment, so the comments it answers come along, to show it in its place.
        const above = newest ? [] : chain.filter((c) => c.id !== ask.at && c.status === 'published').map(toComment)
        return respond(found.thread, { comments: [...above, ...comments], nextCursor: cursor, prevCursor: String(top) })
      }
    }
  }
  const r = await runBatch(db, { thread, ...page(true, ask.after ?? (newest ? Number.MAX_SAFE_INTEGER : 0)) })
  const { comments, cursor } = read(r, true)
  return respond(r.thread, { comments, nextCursor: cursor })
}
