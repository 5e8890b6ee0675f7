// The third step of a comment: what becomes of it, decided from the request and the preflight's facts alone. Pure, so
// every rule here is tested without D1 (test/worker/write-decide.test.ts).
import type { Site, StoredStatus } from '../domain'
import { isMailbox } from '../email-address'
import { ApiError, invalid } from '../errors'
import type { Preflight } from './preflight'

export type CommentDecision = {
  status: StoredStatus
  /** Whether the author's follow request is recorded (and a confirmation mail queued). */
  follow: boolean
  /** The owner's address to notify of the comment, if the site wants that. */
  ownerEmail: string | null
}

export type CommentAsked = { parentId: number | null; email: string | null; follow: boolean }

type Facts = Pick<Preflight, 'thread' | 'parent' | 'blocked' | 'knownAuthor'>

/** Refuses a comment on a closed thread or under a parent that is not a published comment of the same thread. */
export function decideComment(site: Site, asked: CommentAsked, facts: Facts): CommentDecision {
  if (facts.thread?.locked) throw new ApiError('conflict', 'This discussion is closed for new comments.')
  if (asked.parentId !== null) {
    const { parent, thread } = facts
    if (!parent || parent.threadId !== thread?.id || parent.status !== 'published') {
      throw invalid('parentId', 'The comment you reply to is not in this thread.')
    }
  }
  return {
    status: initialStatus(site, asked, facts),
    // A blocked address or IP is not told so: its comment is kept as spam, and no follow is started for it.
    follow: asked.follow && asked.email !== null && !facts.blocked,
    ownerEmail: ownerToNotify(site),
  }
}

function initialStatus(site: Site, asked: CommentAsked, facts: Facts): StoredStatus {
  if (facts.blocked) return 'spam'
  if (site.moderation === 'none') return 'published'
  if (site.moderation === 'all' || asked.email === null) return 'pending'
  return facts.knownAuthor ? 'published' : 'pending'
}

/** Whether the preflight must look the author up: only first-time moderation asks, and only of an address. */
export const needsKnownAuthor = (site: Site, email: string | null) => site.moderation === 'first_time' && email !== null

function ownerToNotify(site: Site): string | null {
  const address = site.ownerEmail?.trim() ?? null
  return site.notifyOwner && address !== null && isMailbox(address) ? address : null
}
