// GET /embed/S?thread=K: the thread as an HTML fragment (worker/pages/fragment.ts), for a site's build or its edge to put
// into the widget's target. Public and read-only: any origin may read it, as it may read the page it lands in.
import { Hono } from 'hono'
import { findSite } from '../db/sites'
import { readThreadPage } from '../db/thread-page'
import type { AppEnv } from '../env'
import { LIMITS } from '../limits'
import { threadFragment } from '../pages/fragment'
import { queryInput, requiredText } from '../validate'

const PAGE_SIZE = 50

export const embed = new Hono<AppEnv>()

embed.get('/:site', async (c) => {
  const input = { ...queryInput(c, 'thread'), site: c.req.param('site') }
  const siteId = requiredText(input, 'site', LIMITS.site)
  const key = requiredText(input, 'thread', LIMITS.thread)
  const db = c.env.DB
  const [site, page] = await Promise.all([
    findSite(db, siteId),
    readThreadPage(db, siteId, key, { order: 'oldest' }, PAGE_SIZE),
  ])
  // An unknown site shows as an empty thread, as an unknown thread does: a page's build never breaks on a typo here.
  const shown = site ?? { id: siteId, language: 'en' as const, allowedOrigins: [] }
  return c.html(threadFragment(shown, page, new URL(c.req.url).origin, c.get('now')), 200, {
    'Access-Control-Allow-Origin': '*',
    'X-Content-Type-Options': 'nosniff',
  })
})
