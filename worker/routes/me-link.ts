// POST /api/me/link: mail a reader the link to their own page on the site. Always 202 with the same body, so nobody
// learns whether an address follows or wrote anything here.
import { Hono } from 'hono'
import type { MeLinkResponse } from '../api-types'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { readJson } from '../json-body'
import { enqueueAfterResponse } from '../mail/enqueue'
import { meLinkMail } from '../mail/reader-mail'
import { useSite } from '../middleware/site-access'
import { askMeLink } from '../write/ask-me-link'
import { readMeLink } from '../write/parse'

export const meLink = new Hono<AppEnv>()

meLink.post('/', async (c) => {
  const input = await readJson(c)
  const site = await useSite(c, input)
  const req = readMeLink(input, site)
  const reader = { siteId: site.id, email: normaliseEmail(req.email) }
  const mail = await meLinkMail(c.env, site, reader, c.get('now'))
  const outboxIds = await askMeLink(c, site, { ...req, reader, mail })
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, outboxIds))
  const body: MeLinkResponse = { link: 'requested' }
  return c.json(body, 202)
})
