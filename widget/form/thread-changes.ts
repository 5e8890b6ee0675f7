// What the reader's own writes change in the thread: the new comment in place, the edited text, the deleted comment
// gone; each with its edit token kept or forgotten, the count, the focus and what is announced.
import type { Comment, PostCommentResponse } from '../../worker/api-types'
import type { Ctx } from '../context'
import { findOwn } from '../store'
import { keepOwn } from './remember'

export function showPosted(ctx: Ctx, res: PostCommentResponse, body: string, message: string) {
  const { comment, editToken, editableUntil } = res
  keepOwn(comment.id, { id: comment.id, editToken, editableUntil, body })
  // Pending comments are not counted until a moderator publishes them.
  ctx.change((list) => [...list, comment], comment.status === 'published' ? 1 : 0)
  // A reply form closes now; its status line goes with it, so the thread's announces the outcome.
  if (comment.parentId !== null) ctx.announce(message)
  ctx.setReplyTo(null)
  ctx.focus(comment.id)
}

export function showEdited(ctx: Ctx, comment: Comment, body: string) {
  const mine = findOwn(comment.id)
  if (mine) keepOwn(comment.id, { ...mine, body })
  ctx.change((list) => list.map((c) => (c.id === comment.id ? comment : c)))
}

/** The comment is gone with its buttons: the focus goes to the thread's status line, which says so. */
export function showRemoved(ctx: Ctx, comment: Comment, message: string) {
  keepOwn(comment.id, null)
  ctx.change((list) => list.filter((c) => c.id !== comment.id), comment.status === 'published' ? -1 : 0)
  ctx.announce(message)
  ctx.focus(null)
}
