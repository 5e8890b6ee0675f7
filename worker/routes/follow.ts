// POST /api/follow: follow a thread without commenting. Double opt-in: a pending follower and a confirmation mail.
import { Hono } from 'hono'
import type { FollowResponse } from '../api-types'
import { isBlocked } from '../db/blocks'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { enqueueAfterResponse } from '../mail/enqueue'
import { followStatements } from '../mail/statements'
import { passGuards, readThreadTarget, spendChallengeOnly, writeWithChallenge } from '../guarded-write'
import { useSite } from '../site-access'
import { readJson, requiredEmail } from '../validate'

export const follow = new Hono<AppEnv>()

follow.post('/', async (c) => {
  const now = Date.now()
  const db = c.env.DB
  const input = await readJson(c)
  const site = await useSite(c, input)
  const target = readThreadTarget(input, site)
  const email = requiredEmail(input, 'email')
  const emailNormalized = normaliseEmail(email)

  // The challenge and the rate limit stand between a stranger and a flood of confirmation mails to someone else.
  const guarded = await passGuards(c, 'follow', site, input, now)
  // A blocked address or IP is not told so: the answer reads as usual, the code is spent, and nothing is stored or sent.
  if (await isBlocked(db, emailNormalized, guarded.ipHash)) {
    await spendChallengeOnly(db, guarded)
    return c.json({ follow: 'confirmation_sent' } satisfies FollowResponse, 202)
  }

  const mail = followStatements(db, { siteId: site.id, threadKey: target.threadKey, email, emailNormalized }, now)
  const written = mail.read(await writeWithChallenge(db, guarded, site, target, mail.statements, now))
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, written.outboxIds))
  const body: FollowResponse = { follow: written.follow }
  return c.json(body, 202)
})
