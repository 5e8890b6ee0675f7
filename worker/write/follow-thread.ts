// Following a thread without commenting, the whole pipeline: parse (done by the route) → preflight (one batch) → commit
// (one batch). Double opt-in: a pending follower and a confirmation mail, never an active follower.
import type { Context } from 'hono'
import type { FollowRequest } from '../api-types'
import type { Site } from '../domain'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { commitFollow, commitNothing, type FollowCommit } from './commit'
import { preflight } from './preflight'

export async function followThread(c: Context<AppEnv>, site: Site, req: FollowRequest): Promise<FollowCommit> {
  const emailNormalized = normaliseEmail(req.email)
  // The challenge and the rate limit stand between a stranger and a flood of confirmation mails to someone else.
  const facts = await preflight(c, {
    action: 'follow',
    site,
    threadKey: req.thread,
    parentId: null,
    emailNormalized,
    askKnownAuthor: false,
    challengeToken: req.challengeToken,
    challengeAnswer: req.challengeAnswer,
  })
  const db = c.env.DB
  // A blocked address or IP is not told so: the answer reads as usual, the code is spent, and nothing is stored or sent.
  if (facts.blocked) {
    await commitNothing(db, facts.challenge)
    return { outboxIds: [], follow: 'confirmation_sent' }
  }
  const thread = { siteId: site.id, key: req.thread, title: req.threadTitle ?? null, url: req.threadUrl ?? null }
  const follow = { siteId: site.id, threadKey: req.thread, email: req.email, emailNormalized }
  return commitFollow(db, { challenge: facts.challenge, thread, follow }, c.get('now'))
}
