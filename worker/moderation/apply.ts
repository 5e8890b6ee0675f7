// Moderating one comment (approve, delete, spam) or editing its text: the thread count, the followers' mail and the
// audit log change in one D1 batch with it, for the admin page and the owner's mail links alike.
import type { AdminComment } from '../admin-types'
import { insertAdminAction } from '../db/admin-actions'
import { runBatch } from '../db/batch'
import { updateCommentBody } from '../db/comments'
import { findAdminComment, transitionComment } from '../db/comments-admin'
import { flagDigestFollowers, switchBusyFollowers } from '../db/digests'
import { fanOutComment, insertedIds } from '../db/outbox'
import { deleteSpamMarks, insertSpamMarks } from '../db/spam-marks'
import { spendToken } from '../db/spent-tokens'
import { adjustCountIfPublished, countIfPublishing } from '../db/threads'
import type { ModerationAction } from '../domain'
import { ApiError } from '../errors'
import { renderMarkdown } from '../markdown'
import { fingerprint } from '../spam/fingerprint'
import { ALLOWED_FROM, canModerate, TARGET, withActions } from './transitions'

const DONE: Record<ModerationAction, string> = { approve: 'approved', delete: 'deleted', spam: 'marked as spam' }

/** The comment after the change, and the followers' mails an approval queued (for the caller to put on MAIL_QUEUE). */
export type Moderated = { comment: AdminComment; outboxIds: number[] }

/** A single-use token spent by the change itself (a mail link): both happen, or neither does. */
export type SpentWith = { tokenId: string; expiresAt: number }

async function findModeratedComment(db: D1Database, id: number): Promise<AdminComment> {
  const comment = await findAdminComment(db, id)
  if (!comment) throw new ApiError('not_found', 'No such comment.')
  return withActions(comment)
}

/** Approval publishes and only then, in the same batch and after it, writes the followers' mail. */
export async function moderateComment(
  db: D1Database,
  id: number,
  action: ModerationAction,
  actor: string,
  nowMs: number,
  spentWith: SpentWith | null = null,
): Promise<Moderated> {
  const before = await findModeratedComment(db, id)
  if (!canModerate(before.status, action)) {
    throw new ApiError('conflict', `This comment is ${before.status}; it cannot be ${DONE[action]} now.`)
  }
  const from = ALLOWED_FROM[action]
  const detail = `${before.status} → ${TARGET[action]}`
  // The count runs before the status change, while it can still see the state it changes from; the log right after
  // it, to see whether it changed anything; the fan-out last, once the comment is published.
  const r = await runBatch(db, {
    count: action === 'approve' ? countIfPublishing(db, id, from) : adjustCountIfPublished(db, id, -1),
    change: transitionComment(db, id, from, TARGET[action]),
    log: insertAdminAction(
      db,
      { actor, action, target: `comment ${id}`, detail, siteId: before.thread.siteId },
      nowMs,
      true,
    ),
    busy: action === 'approve' ? switchBusyFollowers(db, id, nowMs) : null,
    digest: action === 'approve' ? flagDigestFollowers(db, id) : null,
    notify: action === 'approve' ? fanOutComment(db, id, nowMs) : null,
    spend: spentWith && spendToken(db, spentWith.tokenId, spentWith.expiresAt),
    learn: await learning(db, before, action, nowMs),
  })
  if (r.change.meta.changes === 0) {
    throw new ApiError('conflict', 'This comment was changed meanwhile; reload and try again.')
  }
  return { comment: await findModeratedComment(db, id), outboxIds: insertedIds(r.notify) }
}

/**
 * The owner's "spam" teaches the content checks the comment's text and the hosts it links to; approving (not spam)
 * forgets them again, so one wrong mark does not keep holding a reader's comments.
 */
async function learning(db: D1Database, comment: AdminComment, action: ModerationAction, nowMs: number) {
  if (action === 'delete') return null
  const { marks } = await fingerprint(comment.thread.siteId, comment.body)
  if (marks.length === 0) return null
  const teaching = { siteId: comment.thread.siteId, commentId: comment.id, marks }
  return action === 'spam' ? insertSpamMarks(db, teaching, nowMs) : deleteSpamMarks(db, teaching)
}

/** The owner corrects a comment: the Markdown is rendered again, and the comment is marked edited as for its author. */
export async function editComment(db: D1Database, id: number, body: string, actor: string, nowMs: number) {
  const before = await findModeratedComment(db, id)
  const refused = () => new ApiError('conflict', 'Only a published or held comment can be edited.')
  if (before.status !== 'published' && before.status !== 'pending') throw refused()
  const r = await runBatch(db, {
    edit: updateCommentBody(db, { id, body, html: renderMarkdown(body), review: false }, nowMs),
    log: insertAdminAction(
      db,
      { actor, action: 'edit', target: `comment ${id}`, siteId: before.thread.siteId },
      nowMs,
      true,
    ),
  })
  if (r.edit.results.length === 0) throw refused()
  return findModeratedComment(db, id)
}
