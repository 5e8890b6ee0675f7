// POST /api/preview: a comment's Markdown rendered by the very function that renders it when it is stored, so what a
// reader previews is what the thread will show.
import { Hono } from 'hono'
import type { PreviewResponse } from '../api-types'
import { rateLimit, takeRateLimit } from '../db/rate-limits'
import type { AppEnv } from '../env'
import { readJson } from '../json-body'
import { renderMarkdown } from '../markdown'
import { useSite } from '../middleware/site-access'
import { hashIp } from '../tokens'
import { readBody } from '../write/parse'

export const preview = new Hono<AppEnv>()

preview.post('/', async (c) => {
  const input = await readJson(c)
  await useSite(c, input)
  const body = readBody(input)
  // Rendering is cheap but not free: a network gets PREVIEWS_PER_10_MIN previews, apart from its comment allowance.
  const ipHash = await hashIp(c.env.SIGNING_KEY, c.req.header('cf-connecting-ip'))
  await takeRateLimit(c.env.DB, rateLimit(c.env, 'preview', ipHash, c.get('now'), c.env.PREVIEWS_PER_10_MIN, 60))
  const response: PreviewResponse = { html: renderMarkdown(body) }
  return c.json(response, 200, { 'Cache-Control': 'no-store' })
})
