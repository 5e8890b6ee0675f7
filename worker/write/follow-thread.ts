// Following a thread without commenting, the whole pipeline: parse (done by the route) → preflight (one batch) → commit
// (one batch). Double opt-in: a pending follower and a confirmation mail, never an active follower.
import type { Context } from 'hono'
import type { FollowRequest } from '../api-types'
import type { Site } from '../domain'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { isSiteOrigin } from '../site-rules'
import { commitFollow, commitNothing } from './commit'
import { refuseNewThreadFromElsewhere } from './decide'
import { preflightNoComment } from './preflight'

/** The confirmation mail queued, if any (for the route to put on MAIL_QUEUE). The answer is always `requested`. */
export async function followThread(c: Context<AppEnv>, site: Site, req: FollowRequest): Promise<number[]> {
  const emailNormalized = normaliseEmail(req.email)
  // The challenge and the rate limit stand between a stranger and a flood of confirmation mails to someone else.
  const facts = await preflightNoComment(c, site, req.thread, emailNormalized, req)
  refuseNewThreadFromElsewhere(isSiteOrigin(site.allowedOrigins, c.req.header('origin')), facts.thread)
  const db = c.env.DB
  // A blocked address or IP is not told so: the answer reads as usual, the code is spent, and nothing is stored or sent.
  if (facts.blocked) {
    await commitNothing(db, facts.challenge)
    return []
  }
  const thread = { siteId: site.id, key: req.thread, title: req.threadTitle ?? null, url: req.threadUrl ?? null }
  const follow = { siteId: site.id, threadKey: req.thread, email: req.email, emailNormalized }
  return commitFollow(db, { challenge: facts.challenge, thread, follow }, c.get('now'))
}
