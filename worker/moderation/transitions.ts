// Which moderation action may start from which comment state, and what it leads to. Pure data: the admin API lists a
// comment's possible actions from it, the owner's mail offers only those links, and moderating checks against it.
import type { AdminComment } from '../admin-types'
import { MODERATION_ACTIONS, type ModerationAction, type StoredStatus } from '../domain'

/** A deleted comment stays deleted; spam can still be approved (a false positive). */
export const ALLOWED_FROM: Record<ModerationAction, readonly StoredStatus[]> = {
  approve: ['pending', 'spam'],
  delete: ['published', 'pending', 'spam'],
  spam: ['published', 'pending'],
}

export const TARGET: Record<ModerationAction, StoredStatus> = { approve: 'published', delete: 'deleted', spam: 'spam' }

export const canModerate = (status: StoredStatus, action: ModerationAction) => ALLOWED_FROM[action].includes(status)

export const actionsFor = (status: StoredStatus) => MODERATION_ACTIONS.filter((action) => canModerate(status, action))

/** The owner's view of a comment with the actions its state allows, so the admin page shows only buttons that work. */
export const withActions = (comment: Omit<AdminComment, 'actions'>): AdminComment => ({
  ...comment,
  actions: actionsFor(comment.status),
})
