// Moderating one comment (approve, delete, spam) or editing its text: the thread count, the followers' mail and the
// audit log change in one D1 batch with it, for the admin page and the owner's mail links alike.
import type { AdminComment, ModerationAction, StoredStatus } from '../admin-types'
import { insertAdminAction } from '../db/admin-actions'
import { updateCommentBodyStatement } from '../db/comments'
import { findAdminComment, transitionComment } from '../db/comments-admin'
import { fanOutComment, insertedIds } from '../db/outbox'
import { adjustCountIfPublished, countIfPublishing } from '../db/threads'
import type { Env } from '../env'
import { ApiError } from '../errors'
import { enqueueAfterResponse } from '../mail/enqueue'
import { renderMarkdown } from '../markdown'
import { ALLOWED_FROM, canModerate } from './transitions'

const TARGET: Record<ModerationAction, StoredStatus> = { approve: 'published', delete: 'deleted', spam: 'spam' }
const DONE: Record<ModerationAction, string> = { approve: 'approved', delete: 'deleted', spam: 'marked as spam' }

async function existing(db: D1Database, id: number): Promise<AdminComment> {
  const comment = await findAdminComment(db, id)
  if (!comment) throw new ApiError('not_found', 'No such comment.')
  return comment
}

/**
 * Applies the action. `alongside` joins the batch (the mail link's used-token row), so a link is spent exactly when
 * its action happens. Approval publishes and only then, in the same batch and after it, writes the followers' mail.
 */
export async function moderateComment(
  env: Env,
  id: number,
  action: ModerationAction,
  actor: string,
  nowMs: number,
  alongside: D1PreparedStatement[] = [],
): Promise<AdminComment> {
  const db = env.DB
  const before = await existing(db, id)
  if (!canModerate(before.status, action))
    throw new ApiError('conflict', `This comment is ${before.status}; it cannot be ${DONE[action]} now.`)
  const from = ALLOWED_FROM[action]
  const log = insertAdminAction(
    db,
    { actor, action, target: `comment ${id}`, detail: `${before.status} → ${TARGET[action]}` },
    nowMs,
    true,
  )
  // The count runs before the status change, while it can still see the state it changes from; the log right after
  // it, to see whether it changed anything; the fan-out last, once the comment is published.
  const count = action === 'approve' ? countIfPublishing(db, id, from) : adjustCountIfPublished(db, id, -1)
  const fanOut = action === 'approve' ? [fanOutComment(db, id, nowMs)] : []
  const results = await db.batch([count, transitionComment(db, id, from, TARGET[action]), log, ...fanOut, ...alongside])
  if (results[1]!.meta.changes === 0)
    throw new ApiError('conflict', 'This comment was changed meanwhile; reload and try again.')
  if (action === 'approve') await enqueueAfterResponse(env, insertedIds(results[3]))
  return existing(db, id)
}

/** The owner corrects a comment: the Markdown is rendered again, and the comment is marked edited as for its author. */
export async function editComment(
  env: Env,
  id: number,
  body: string,
  actor: string,
  nowMs: number,
): Promise<AdminComment> {
  const db = env.DB
  const before = await existing(db, id)
  if (before.status !== 'published' && before.status !== 'pending')
    throw new ApiError('conflict', 'Only a published or held comment can be edited.')
  const [updated] = await db.batch([
    updateCommentBodyStatement(db, id, body, renderMarkdown(body), nowMs),
    insertAdminAction(db, { actor, action: 'edit', target: `comment ${id}` }, nowMs, true),
  ])
  if (updated!.results.length === 0) throw new ApiError('conflict', 'Only a published or held comment can be edited.')
  return existing(db, id)
}
