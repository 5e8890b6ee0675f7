// GET /api/challenge: a fresh code image and its signed token, for a known site.
import { Hono } from 'hono'
import type { ChallengeResponse } from '../api-types'
import { issueChallenge } from '../challenge/token'
import type { AppEnv } from '../env'
import { localSwitchOn } from '../local'
import { useSite } from '../middleware/site-access'
import { queryInput } from '../validate'

export const challenge = new Hono<AppEnv>()

challenge.get('/', async (c) => {
  const site = await useSite(c, queryInput(c, 'site'))
  const { token, image, expiresAt, answer } = await issueChallenge(c.env.SIGNING_KEY, site.id, c.get('now'))
  const body: ChallengeResponse = { token, image, expiresAt }
  // Only for local end-to-end tests: the switch is ignored for any host but this machine.
  if (localSwitchOn(c.env, 'EXPOSE_CHALLENGE_ANSWER', c.req.url)) body.answer = answer
  // Every answer is a new code and token: a cached one would be stale or, shared, already burnt.
  c.header('Cache-Control', 'no-store')
  return c.json(body)
})
