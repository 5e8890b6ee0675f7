// The third step of a comment: what becomes of it, decided from the request and the preflight's facts alone. Pure, so
// every rule here is tested without D1 (test/worker/write-decide.test.ts).
import { MODERATIONS, type CommentStatus, type Moderation, type Site, type StoredStatus } from '../domain'
import { isMailbox } from '../email-address'
import { ApiError, invalid } from '../errors'
import type { OwnerChannel } from '../db/outbox'
import type { Author } from './author'
import type { Preflight } from './preflight'

export type CommentDecision = {
  status: StoredStatus
  /** What the author is told: a blocked sender's comment reads exactly as anyone else's would on this site. */
  shown: CommentStatus
  /** Whether the author's follow request is recorded (and a confirmation mail queued). */
  follow: boolean
  /** How the owner is told of the comment: by mail, by webhook, both or neither, as the site wants. */
  owner: OwnerChannel[]
}

export type CommentAsked = { parentId: number | null; email: string | null; follow: boolean; fromSite: boolean }

/** The preflight's facts, and the score the content checks gave the comment. */
type Facts = Pick<Preflight, 'thread' | 'parent' | 'blocked' | 'knownAuthor' | 'gate' | 'flooded'> & {
  spamScore: number
}

/** Refuses a comment on a closed thread or under a parent that is not a published comment of the same thread. */
export function decideComment(site: Site, asked: CommentAsked, facts: Facts): CommentDecision {
  refuseNewThreadFromElsewhere(asked.fromSite, facts.thread)
  if (facts.thread?.locked) throw new ApiError('conflict', 'This discussion is closed for new comments.')
  if (asked.parentId !== null) {
    const { parent, thread } = facts
    if (!parent || parent.threadId !== thread?.id || parent.status !== 'published') {
      throw invalid('parentId', 'The comment you reply to is not in this thread.')
    }
  }
  const moderated = moderatedStatus(site, facts)
  return {
    // A blocked address or IP is not told so: its comment is kept as spam, where the owner sees it.
    status: facts.blocked ? 'spam' : moderated,
    shown: moderated,
    // Nor does a blocked sender's follow start: no mail goes out for it.
    follow: asked.follow && asked.email !== null && !facts.blocked,
    owner: ownerChannels(site),
  }
}

function moderatedStatus(site: Site, facts: Facts): CommentStatus {
  // A flood from many networks fills the owner's queue, not the page.
  if (facts.flooded) return 'pending'
  // Never a silent drop: what looks like spam waits for the owner, who sees why (README, "Content checks").
  if (facts.spamScore >= site.spamThreshold) return 'pending'
  const moderation = facts.gate === 'proof' ? stricter(site.moderation, site.altGateModeration) : site.moderation
  if (moderation === 'none') return 'published'
  if (moderation === 'all') return 'pending'
  return facts.knownAuthor ? 'published' : 'pending'
}

/** MODERATIONS run from the most open to the strictest. */
const stricter = (a: Moderation, b: Moderation): Moderation =>
  MODERATIONS.indexOf(a) >= MODERATIONS.indexOf(b) ? a : b

/**
 * A thread is made by its page: a request without the site's Origin (curl, a server, a script elsewhere) may write to
 * a thread that exists, never start one, so nobody can plant threads (and their mails) on a site from outside.
 */
export function refuseNewThreadFromElsewhere(fromSite: boolean, thread: Preflight['thread']): void {
  if (!fromSite && thread === null) {
    throw new ApiError(
      'not_found',
      'No such discussion: its first comment or follower must come from its page.',
      'thread',
    )
  }
}

/**
 * Whether the preflight must look the author up: only first-time moderation asks (for the code, or for its alternative,
 * which is known only once the token is read), and only of an author whose browser proved who they are (an author
 * token). A typed address proves nothing: anyone can type a regular's.
 */
export const needsKnownAuthor = (site: Site, author: Author) =>
  author.proven && (site.moderation === 'first_time' || site.altGateModeration === 'first_time')

/** The owner's mail, when the site wants it and the address is a mailbox; the site's webhook, when it has one. */
export function ownerChannels(site: Site): OwnerChannel[] {
  const address = site.ownerEmail?.trim() ?? null
  const mail = site.notifyOwner && address !== null && isMailbox(address)
  return [
    ...(mail ? [{ kind: 'owner' as const, ownerEmail: address }] : []),
    ...(site.webhookUrl ? [{ kind: 'webhook' as const, host: new URL(site.webhookUrl).host }] : []),
  ]
}
