// POST /api/follow: follow a thread without commenting. Double opt-in: a pending follower and a confirmation mail.
import { Hono } from 'hono'
import type { FollowResponse } from '../api-types'
import type { AppEnv } from '../env'
import { enqueueAfterResponse } from '../mail/enqueue'
import { useSite } from '../middleware/site-access'
import { isSiteOrigin } from '../site-rules'
import { readJson } from '../json-body'
import { followThread } from '../write/follow-thread'
import { readFollow } from '../write/parse'

export const follow = new Hono<AppEnv>()

follow.post('/', async (c) => {
  const input = await readJson(c)
  const site = await useSite(c, input)
  const fromSite = isSiteOrigin(site.allowedOrigins, c.req.header('origin'))
  const outboxIds = await followThread(c, site, readFollow(input, site, fromSite))
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, outboxIds))
  const body: FollowResponse = { follow: 'requested' }
  return c.json(body, 202)
})
