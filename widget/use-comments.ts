// The thread's data: pages of comments from the API, and a way to change them for what this reader wrote here
// (widget/form/thread-changes.ts).
import { useState } from 'preact/hooks'
import type { Comment, ListResponse, ThreadInfo } from '../worker/api-types'
import { type Api, type ApiError, asApiError } from './api'

// Keeps the order of `a`, adds what `b` has that `a` lacks (a page may repeat a comment posted here).
const merge = (a: Comment[], b: Comment[]) => [...a, ...b.filter((c) => !a.some((x) => x.id === c.id))]

/** `first`: the first page, already at hand; the hook then starts where it ends instead of asking for it. */
export function useComments(api: Api, key: string, first?: ListResponse | null) {
  const [thread, setThread] = useState<ThreadInfo | null>(first?.thread ?? null)
  const [list, setList] = useState<Comment[]>(first?.comments ?? [])
  const [next, setNext] = useState<string | null>(first?.nextCursor ?? null)
  const [prev, setPrev] = useState<string | null>()
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(false)

  /**
   * Loads the first page in `order` (in place of what is shown), or the one after `cursor` or before `before`; resolves
   * to the new comments.
   */
  async function load(q: { order: string; cursor?: string | null; before?: string }): Promise<Comment[]> {
    setLoading(true)
    setError(null)
    try {
      const r = await api.list({ thread: key, ...q })
      setThread(r.thread)
      setList((l) => (q.cursor || q.before ? merge(l, r.comments) : r.comments))
      if (!q.before) setNext(r.nextCursor)
      if (!q.cursor) setPrev(r.prevCursor)
      return r.comments
    } catch (err) {
      setError(asApiError(err))
      return []
    } finally {
      setLoading(false)
    }
  }

  /** Applies `edit` to the list, and moves the comment count by `by`. */
  function change(edit: (list: Comment[]) => Comment[], by = 0) {
    setList(edit)
    if (by) setThread((t) => t && { ...t, commentCount: t.commentCount + by })
  }

  return { thread, list, next, prev, error, loading, load, change }
}
