// What every public write (a comment, a follow) goes through: the thread it names, the per-IP rate limit, the
// challenge, and one D1 batch that spends the challenge together with the write.
import type { Context } from 'hono'
import { challengeReplayed, checkChallenge, isChallengeReplayError, markChallengeUsed } from './challenge/token'
import type { Site } from './db/sites'
import { upsertThread } from './db/threads'
import type { AppEnv } from './env'
import { clientIpHash, takeRateLimit } from './rate-limit'
import { optionalHttpUrl, optionalText, requiredText, type Input } from './validate'

export type ThreadTarget = { threadKey: string; threadTitle: string | null; threadUrl: string | null }

export function readThreadTarget(input: Input, site: Site): ThreadTarget {
  return {
    threadKey: requiredText(input, 'thread', 200),
    threadTitle: optionalText(input, 'threadTitle', 200),
    threadUrl: threadUrlOnSite(input, site),
  }
}

// The first writer sets the URL that every follower's mail links to, and anyone may write without an Origin: a URL off
// the site's own origins would put someone else's link into mails sent in the site's name. It is dropped (mails link to
// this Worker, as for a page that sent no URL), and a later comment from the page itself fills it in.
function threadUrlOnSite(input: Input, site: Site): string | null {
  const url = optionalHttpUrl(input, 'threadUrl')
  return url !== null && site.allowedOrigins.includes(new URL(url).origin) ? url : null
}

export type Guarded = { ipHash: string; challenge: { id: string; expiresAt: number } }

/** Counts the attempt against the IP's allowance, then checks the code: failed attempts count too. */
export async function passGuards(
  c: Context<AppEnv>,
  action: 'post' | 'follow',
  site: Site,
  input: Input,
  nowMs: number,
): Promise<Guarded> {
  const ipHash = await clientIpHash(c)
  await takeRateLimit(c, action, ipHash, nowMs)
  const challenge = await checkChallenge(c.env, site.id, input.challengeToken, input.challengeAnswer, nowMs)
  return { ipHash, challenge }
}

/**
 * One transaction: the challenge is spent, the thread exists and `statements` are applied, or nothing is.
 * The results are those of `statements`, in order.
 */
export async function writeWithChallenge(
  db: D1Database,
  guarded: Guarded,
  site: Site,
  target: ThreadTarget,
  statements: D1PreparedStatement[],
  nowMs: number,
): Promise<D1Result[]> {
  const head = [
    spend(db, guarded),
    upsertThread(db, site.id, target.threadKey, target.threadTitle, target.threadUrl, nowMs),
  ]
  return (await refusingReplays(db.batch([...head, ...statements]))).slice(head.length)
}

/** Spends the challenge and writes nothing else: for a write that is dropped without telling (a blocked sender). */
export async function spendChallengeOnly(db: D1Database, guarded: Guarded): Promise<void> {
  await refusingReplays(spend(db, guarded).run())
}

const spend = (db: D1Database, guarded: Guarded) =>
  markChallengeUsed(db, guarded.challenge.id, guarded.challenge.expiresAt)

async function refusingReplays<T>(write: Promise<T>): Promise<T> {
  try {
    return await write
  } catch (err) {
    // A request that raced us with the same token won; this one is a replay.
    if (isChallengeReplayError(err)) throw challengeReplayed()
    throw err
  }
}
