// The mail statements a request adds to its one D1 batch, and how to read back what they wrote.
// Written together with the comment or the follow, so a mail exists exactly when what caused it does.
import type { FollowOutcome } from '../api-types'
import {
  insertConfirmation,
  markConfirmationSent,
  upsertFollower,
  type FollowerState,
  type FollowTarget,
} from '../db/followers'
import { fanOutLatestComment, insertedIds, notifyOwnerOfLatestComment } from '../db/outbox'
import type { Site } from '../db/sites'
import { isMailbox, normaliseEmail } from '../email-address'

export type MailStatements = {
  statements: D1PreparedStatement[]
  /** Reads the results of `statements`, passed in the same order (slice them out of the batch's results). */
  read(results: D1Result[]): { follow: FollowOutcome; outboxIds: number[] }
}

/** A follow request: a pending follower (or the existing one) and, when due, a confirmation mail. */
export function followStatements(db: D1Database, target: FollowTarget, nowMs: number): MailStatements {
  return {
    statements: [
      upsertFollower(db, target, nowMs),
      insertConfirmation(db, target, nowMs),
      markConfirmationSent(db, target, nowMs),
    ],
    read: (results) => ({ follow: followOutcome(results[0]), outboxIds: insertedIds(results[1]) }),
  }
}

/**
 * For the comment inserted earlier in the batch: the author's follow request if any, the fan-out to the thread's active
 * followers (only if the comment is published), and the owner's notification if the site has it on.
 */
export function commentStatements(
  db: D1Database,
  site: Site,
  follow: FollowTarget | null,
  nowMs: number,
): MailStatements {
  const followPart = follow ? followStatements(db, follow, nowMs) : null
  const owner =
    site.notifyOwner && site.ownerEmail !== null && isMailbox(site.ownerEmail.trim()) ? site.ownerEmail.trim() : null
  const statements = [
    ...(followPart?.statements ?? []),
    fanOutLatestComment(db, nowMs),
    ...(owner ? [notifyOwnerOfLatestComment(db, owner, normaliseEmail(owner), nowMs)] : []),
  ]
  return {
    statements,
    read(results) {
      const followed = followPart?.read(results.slice(0, followPart.statements.length))
      const rest = results.slice(followPart?.statements.length ?? 0)
      return {
        follow: followed?.follow ?? 'none',
        outboxIds: [...(followed?.outboxIds ?? []), ...rest.flatMap(insertedIds)],
      }
    },
  }
}

/** An address already active is not asked again; anyone else has a confirmation mail on its way (now or within the day). */
function followOutcome(upsert: D1Result | undefined): FollowOutcome {
  const state = ((upsert?.results ?? []) as { state: FollowerState }[])[0]?.state
  return state === 'active' ? 'already_following' : 'confirmation_sent'
}
