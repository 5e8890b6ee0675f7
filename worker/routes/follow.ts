// POST /api/follow: follow a thread without commenting. Double opt-in: a pending follower and a confirmation mail.
import { Hono } from 'hono'
import type { FollowResponse } from '../api-types'
import { challengeReplayed, checkChallenge, isChallengeReplayError, markChallengeUsed } from '../challenge/token'
import { isBlocked } from '../db/blocks'
import { upsertThread } from '../db/threads'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { enqueueAfterResponse } from '../mail/enqueue'
import { followStatements } from '../mail/statements'
import { clientIpHash, takeRateLimit } from '../rate-limit'
import { useSite } from '../site-access'
import { optionalHttpUrl, optionalText, readJson, requiredEmail, requiredText } from '../validate'

export const follow = new Hono<AppEnv>()

follow.post('/', async (c) => {
  const now = Date.now()
  const db = c.env.DB
  const input = await readJson(c)
  const site = await useSite(c, input)
  const threadKey = requiredText(input, 'thread', 200)
  const threadTitle = optionalText(input, 'threadTitle', 200)
  const threadUrl = optionalHttpUrl(input, 'threadUrl')
  const email = requiredEmail(input, 'email')

  // The challenge and the rate limit stand between a stranger and a flood of confirmation mails to someone else.
  const ipHash = await clientIpHash(c)
  await takeRateLimit(c, 'follow', ipHash, now)
  const challenge = await checkChallenge(c.env, site.id, input.challengeToken, input.challengeAnswer, now)
  // A blocked address or IP is not told so: the answer reads as usual, the code is spent, and nothing is stored or sent.
  if (await isBlocked(db, normaliseEmail(email), ipHash)) {
    await markChallengeUsed(db, challenge.id, challenge.expiresAt).run()
    return c.json({ follow: 'confirmation_sent' } satisfies FollowResponse, 202)
  }

  const mail = followStatements(db, { siteId: site.id, threadKey, email, emailNormalized: normaliseEmail(email) }, now)
  const head = [markChallengeUsed(db, challenge.id, challenge.expiresAt), upsertThread(db, site.id, threadKey, threadTitle, threadUrl, now)]
  let results: D1Result[]
  try {
    // One transaction: the token is burnt, the thread exists, the follower and its confirmation mail are stored, or nothing is.
    results = await db.batch([...head, ...mail.statements])
  } catch (err) {
    if (isChallengeReplayError(err)) throw challengeReplayed()
    throw err
  }
  const written = mail.read(results.slice(head.length))
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, written.outboxIds))
  const body: FollowResponse = { follow: written.follow }
  return c.json(body, 202)
})
