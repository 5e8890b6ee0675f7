// /api/counts: published comment counts for many threads of one site, for listing pages, in one request.
import { Hono } from 'hono'
import type { CountsResponse } from '../api-types'
import { listCounts } from '../db/threads'
import type { AppEnv } from '../env'
import { invalid } from '../errors'
import { useSite } from '../middleware/site-access'
import { queryInput } from '../validate'

const MAX_THREADS = 100

export const counts = new Hono<AppEnv>()

counts.get('/', async (c) => {
  const site = await useSite(c, queryInput(c, 'site'))
  const keys = [...new Set(c.req.queries('thread') ?? [])]
  if (keys.length === 0) throw invalid('thread', 'Name at least one thread.')
  if (keys.length > MAX_THREADS) throw invalid('thread', `Ask for at most ${MAX_THREADS} threads at once.`)
  if (keys.some((key) => key.length === 0 || key.length > 200))
    throw invalid('thread', 'Each thread key must be 1 to 200 characters.')
  const body: CountsResponse = { counts: await listCounts(c.env.DB, site.id, keys) }
  // Counts may lag a few seconds: listing pages are read far more often than comments are written.
  return c.json(body, 200, { 'Cache-Control': 'public, max-age=30' })
})
