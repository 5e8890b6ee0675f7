// The last step of every public write: one D1 batch that spends the challenge, makes the thread, writes the comment or
// follow, and queues every mail it causes. All of it happens, or none of it: a replayed code fails the whole batch.
import { challengeReplayed } from '../challenge/token'
import { runBatch } from '../db/batch'
import { flagDigestFollowers, switchBusyFollowers } from '../db/digests'
import { insertComment, storedFromResult, type NewComment, type StoredComment } from '../db/comments'
import { markConfirmationSent, upsertFollower, type FollowTarget } from '../db/followers'
import {
  fanOutLatestComment,
  insertConfirmation,
  insertedIds,
  notifyOwnerChannels,
  type OwnerChannel,
} from '../db/outbox'
import { isTokenSpentConflict, spendToken } from '../db/spent-tokens'
import { countInsertedComment, upsertThread } from '../db/threads'

export type ThreadPlan = { siteId: string; key: string; title: string | null; url: string | null }
export type SpentChallenge = { id: string; expiresAt: number }

export type CommentPlan = {
  challenge: SpentChallenge
  thread: ThreadPlan
  comment: NewComment
  follow: FollowTarget | null
  owner: OwnerChannel[]
}

export type CommentCommit = { comment: StoredComment; outboxIds: number[] }

export async function commitComment(db: D1Database, plan: CommentPlan, nowMs: number): Promise<CommentCommit> {
  const { challenge, thread, follow } = plan
  const r = await spending(
    runBatch(db, {
      spend: spendToken(db, challenge.id, challenge.expiresAt),
      thread: upsertThread(db, thread.siteId, thread.key, thread.title, thread.url, nowMs),
      comment: insertComment(db, plan.comment, nowMs),
      count: countInsertedComment(db),
      ...followStatements(db, follow, nowMs),
      // Digest followers first (a busy thread switches some), so the fan-out writes only the mails due one by one.
      busy: switchBusyFollowers(db, null, nowMs),
      digest: flagDigestFollowers(db, null),
      notify: fanOutLatestComment(db, nowMs),
      ...notifyOwnerChannels(db, plan.owner, { commentId: null, edit: false }, nowMs),
    }),
  )
  const comment = storedFromResult(r.comment)
  if (!comment) throw new Error('the comment insert returned no row')
  return { comment, outboxIds: [r.confirmation, r.notify, r.owner, r.webhook].flatMap(insertedIds) }
}

export async function commitFollow(
  db: D1Database,
  plan: { challenge: SpentChallenge; thread: ThreadPlan; follow: FollowTarget },
  nowMs: number,
): Promise<number[]> {
  const { challenge, thread } = plan
  const r = await spending(
    runBatch(db, {
      spend: spendToken(db, challenge.id, challenge.expiresAt),
      thread: upsertThread(db, thread.siteId, thread.key, thread.title, thread.url, nowMs),
      ...followStatements(db, plan.follow, nowMs),
    }),
  )
  return insertedIds(r.confirmation)
}

/** Spends the challenge and queues a reader's link to their own page (written only for a known address). */
export async function commitMeLink(db: D1Database, challenge: SpentChallenge, link: D1PreparedStatement) {
  const r = await spending(runBatch(db, { spend: spendToken(db, challenge.id, challenge.expiresAt), link }))
  return insertedIds(r.link)
}

/** Spends the challenge and writes nothing else: for a write that is dropped without telling (a blocked sender). */
export async function commitNothing(db: D1Database, challenge: SpentChallenge): Promise<void> {
  await spending(spendToken(db, challenge.id, challenge.expiresAt).run())
}

/** A pending follower (or the one there is), and a confirmation mail when one is due, stamped as sent. */
function followStatements(db: D1Database, follow: FollowTarget | null, nowMs: number) {
  return {
    follower: follow && upsertFollower(db, follow, nowMs),
    confirmation: follow && insertConfirmation(db, follow, nowMs),
    confirmationSent: follow && markConfirmationSent(db, follow, nowMs),
  }
}

async function spending<T>(write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (err) {
    // A request that raced us with the same code won; this one is a replay.
    if (isTokenSpentConflict(err)) throw challengeReplayed()
    throw err
  }
}
