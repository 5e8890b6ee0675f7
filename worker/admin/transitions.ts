// Which moderation action may start from which comment state. Pure data: the API lists a comment's possible actions
// from it, and moderating checks against it.
import type { ModerationAction, StoredStatus } from '../admin-types'

export const MODERATION_ACTIONS: readonly ModerationAction[] = ['approve', 'delete', 'spam']

/** A deleted comment stays deleted; spam can still be approved (a false positive). */
export const ALLOWED_FROM: Record<ModerationAction, readonly StoredStatus[]> = {
  approve: ['pending', 'spam'],
  delete: ['published', 'pending', 'spam'],
  spam: ['published', 'pending'],
}

export const canModerate = (status: StoredStatus, action: ModerationAction) => ALLOWED_FROM[action].includes(status)

export const actionsFor = (status: StoredStatus) => MODERATION_ACTIONS.filter((action) => canModerate(status, action))
