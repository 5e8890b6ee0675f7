// The thread's data: pages of comments from the API, plus what this reader posted, edited or deleted here.
import { useState } from 'preact/hooks'
import type { Comment, PostCommentResponse, ThreadInfo } from '../worker/api-types'
import { type Api, type ApiError, asApiError } from './api'
import { findOwn, keepOwn } from './store'

// Keeps the order of `a`, adds what `b` has that `a` lacks (a page may repeat a comment posted here).
const merge = (a: Comment[], b: Comment[]) => [...a, ...b.filter((c) => !a.some((x) => x.id === c.id))]

export function useComments(api: Api, key: string) {
  const [thread, setThread] = useState<ThreadInfo | null>(null)
  const [list, setList] = useState<Comment[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(false)

  const recount = (by: number) => setThread((t) => t && { ...t, commentCount: t.commentCount + by })

  /** Loads the first page, or the next one after `cursor`; resolves to the new comments. */
  async function load(cursor?: string): Promise<Comment[]> {
    setLoading(true)
    setError(null)
    try {
      const r = await api.list(key, cursor)
      setThread(r.thread)
      setList((l) => merge(l, r.comments))
      setNext(r.nextCursor)
      return r.comments
    } catch (err) {
      setError(asApiError(err))
      return []
    } finally {
      setLoading(false)
    }
  }

  function posted({ comment, editToken, editableUntil }: PostCommentResponse, body: string) {
    keepOwn(comment.id, { id: comment.id, editToken, editableUntil, body })
    setList((l) => [...l, comment])
    // Pending comments are not counted until a moderator publishes them.
    if (comment.status === 'published') recount(1)
  }

  function edited(comment: Comment, body: string) {
    const mine = findOwn(comment.id)
    if (mine) keepOwn(comment.id, { ...mine, body })
    setList((l) => l.map((c) => (c.id === comment.id ? comment : c)))
  }

  function removed(id: number) {
    keepOwn(id, null)
    if (list.some((c) => c.id === id && c.status === 'published')) recount(-1)
    setList((l) => l.filter((c) => c.id !== id))
  }

  return { thread, list, next, error, loading, load, posted, edited, removed }
}
