// The second step of every public write: one D1 batch that counts the attempt against the IP's allowance, burns a wrongly
// answered code, and reads everything the decision needs (a spent code, the thread, the parent, blocks, a known author).
import type { Context } from 'hono'
import {
  challengeInvalid,
  challengeReplayed,
  challengeWrong,
  judgeChallenge,
  turnstileFailed,
  type JudgedChallenge,
} from '../challenge/token'
import { passesTurnstile, turnstileFor } from '../challenge/turnstile'
import { rowsOf, runBatch } from '../db/batch'
import { findBlockMatch } from '../db/blocks'
import { findCommentStatement, findPublishedByAuthor, type CommentRow } from '../db/comments'
import { countAttempt, floodLimits, isOverLimit, rateLimit, refuseOverLimit, type RateLimit } from '../db/rate-limits'
import { burnToken, findSpentToken } from '../db/spent-tokens'
import { findRecentBody, findSpamMarks, marksFromResult } from '../db/spam-marks'
import { findThreadStatement, threadFromResult, type Thread } from '../db/threads'
import type { Gate, Site, StoredStatus } from '../domain'
import type { AppEnv } from '../env'
import type { Fingerprint } from '../spam/fingerprint'
import type { Lookups } from '../spam/signals'
import { hashIp } from '../tokens'

/** Comments and follow requests share one allowance per network: the README's figure is the whole of it. */
export const PUBLIC_WRITES = 'write'

export type PreflightRequest = {
  site: Site
  /** The thread written to; null for a request about no thread (a reader asking for their own page). */
  threadKey: string | null
  /** The comment replied to, if any: a comment's preflight reads it. */
  parentId: number | null
  emailNormalized: string | null
  /** A proven author's key, when the decision needs to know whether they were published here before. */
  knownAuthorKey: string | null
  challengeToken: string
  challengeAnswer: string
  /** What the Turnstile widget gave the reader, where the site's gate includes it. */
  turnstileToken: string | undefined
  /** A comment counts against the site's and the thread's ceilings (a follow does not: it shows nothing on the page). */
  isComment: boolean
  /** A comment's fingerprint, for the content checks: its text posted here lately, or taught by the owner as spam. */
  fingerprint: Fingerprint | null
}

/** The facts a decision is made on, all read in one round trip. */
export type Preflight = {
  ipHash: string
  challenge: { id: string; expiresAt: number }
  /** Which way through the gate the writer came: the code, or its alternative. */
  gate: Gate
  thread: Thread | null
  parent: { threadId: number; status: StoredStatus } | null
  blocked: boolean
  knownAuthor: boolean
  /** More comments than the site's or the thread's ceiling this minute, from everyone together: hold, don't show. */
  flooded: boolean
  /** What D1 knows of the comment's fingerprint, for the content checks. */
  lookups: Lookups
}

/** The gate's fields of a request that writes no comment (a follow, a reader's link). */
type GateFields = { challengeToken: string; challengeAnswer: string; turnstileToken?: string }

/** A request that passes the gate and the limits but writes no comment: it has no parent, author or fingerprint. */
export const preflightNoComment = (
  c: Context<AppEnv>,
  site: Site,
  threadKey: string | null,
  emailNormalized: string,
  { challengeToken, challengeAnswer, turnstileToken }: GateFields,
): Promise<Preflight> =>
  preflight(c, {
    ...{ site, threadKey, parentId: null, emailNormalized, knownAuthorKey: null },
    ...{ challengeToken, challengeAnswer, turnstileToken, isComment: false, fingerprint: null },
  })

/**
 * Refuses, in this order: over the rate limit (429; every attempt counts, failed ones too), a code that is forged,
 * expired or another site's, a wrong answer (the code is burnt in the same batch: one attempt per code), a Turnstile
 * check that fails where the site asks for one (burnt too), a code spent before (403 challenge_failed). Anything else is
 * for the decision.
 */
export async function preflight(c: Context<AppEnv>, req: PreflightRequest): Promise<Preflight> {
  const { DB: db, SIGNING_KEY: secret } = c.env
  const now = c.get('now')
  const ipHash = await hashIp(secret, c.req.header('cf-connecting-ip'))
  const limit = rateLimit(c.env, PUBLIC_WRITES, ipHash, now)
  const judged = await judgeChallenge(secret, req.site.id, req.challengeToken, req.challengeAnswer, now).catch(
    (err: Error) => err,
  )
  if (judged instanceof Error || !judged.right) return refuse(db, limit, judged)
  const turnstile = turnstileFor(c.env, req.site)
  // A token issued for Turnstile alone carries no code: it is good only where Turnstile is still asked for.
  if (judged.gate === 'turnstile' && !turnstile) return refuse(db, limit, judged, challengeInvalid())
  const ip = c.req.header('cf-connecting-ip')
  if (turnstile && !(await passesTurnstile(turnstile, req.site, req.turnstileToken, ip, judged.id)))
    return refuse(db, limit, judged, turnstileFailed())
  const email = req.emailNormalized
  const flood = floodLimits(c.env, req.site.id, req.threadKey ?? '', now)
  const print = req.fingerprint
  const r = await runBatch(db, {
    attempt: countAttempt(db, limit),
    siteFlood: req.isComment ? countAttempt(db, flood.site) : null,
    threadFlood: req.isComment ? countAttempt(db, flood.thread) : null,
    spent: findSpentToken(db, judged.id),
    thread: req.threadKey === null ? null : findThreadStatement(db, req.site.id, req.threadKey),
    parent: req.parentId === null ? null : findCommentStatement(db, req.parentId),
    blocked: findBlockMatch(db, email, ipHash),
    known: req.knownAuthorKey === null ? null : findPublishedByAuthor(db, req.site.id, req.knownAuthorKey),
    repeated: print?.bodyHash ? findRecentBody(db, print.bodyHash, now) : null,
    learned: print?.marks.length ? findSpamMarks(db, req.site.id, print.marks) : null,
  })
  refuseOverLimit(r.attempt, limit)
  if (rowsOf(r.spent).length > 0) throw challengeReplayed()
  const parent = rowsOf<CommentRow>(r.parent)[0]
  return {
    ipHash,
    challenge: { id: judged.id, expiresAt: judged.expiresAt },
    gate: judged.gate,
    thread: threadFromResult(r.thread),
    parent: parent ? { threadId: parent.thread_id, status: parent.status } : null,
    blocked: rowsOf(r.blocked).length > 0,
    knownAuthor: rowsOf(r.known).length > 0,
    flooded: isOverLimit(r.siteFlood, flood.site) || isOverLimit(r.threadFlood, flood.thread),
    lookups: { duplicate: rowsOf(r.repeated).length > 0, learned: marksFromResult(r.learned) },
  }
}

/** A code that cannot pass still counts as an attempt, and a wrong answer burns it: each code gets one try. */
async function refuse(
  db: D1Database,
  limit: RateLimit,
  judged: JudgedChallenge | Error,
  error?: Error,
): Promise<never> {
  const r = await runBatch(db, {
    attempt: countAttempt(db, limit),
    burn: judged instanceof Error ? null : burnToken(db, judged.id, judged.expiresAt),
  })
  refuseOverLimit(r.attempt, limit)
  throw error ?? (judged instanceof Error ? judged : challengeWrong())
}
