// /me/ask?token=…: the "manage your emails" link in the footer of every mail. It never opens the reader's page itself
// (a forwarded mail would hand over "erase me"): GET shows a button, and its POST mails a fresh link to the address the
// mail went to, under the per-IP rate limit and the per-address hourly cap of every such link.
import { Hono } from 'hono'
import { insertMeLink } from '../db/me-links'
import { insertedIds } from '../db/outbox'
import { rateLimit, takeRateLimit } from '../db/rate-limits'
import type { AppEnv } from '../env'
import { enqueueAfterResponse } from '../mail/enqueue'
import { meLinkMail } from '../mail/reader-mail'
import { ME_STRINGS } from '../mail/reader-strings'
import { page } from '../pages/layout'
import { hashIp } from '../tokens'
import { PUBLIC_WRITES } from '../write/preflight'
import { readerOfLink } from './reader-link'

export const meAsk = new Hono<AppEnv>()

meAsk.get('/', async (c) => {
  const found = await readerOfLink(c, 'me_ask')
  if (found instanceof Response) return found
  const s = ME_STRINGS[found.site.language]
  const form = {
    url: `/me/ask?token=${encodeURIComponent(found.token)}`,
    label: s.askAction,
    field: ['ask', 'yes'] as [string, string],
  }
  return page(c, 200, found.site.language, { title: s.askTitle, text: s.askBody(found.site.name), form })
})

meAsk.post('/', async (c) => {
  const found = await readerOfLink(c, 'me_ask')
  if (found instanceof Response) return found
  const { reader, site } = found
  const now = c.get('now')
  await takeRateLimit(
    c.env.DB,
    rateLimit(c.env, PUBLIC_WRITES, await hashIp(c.env.SIGNING_KEY, c.req.header('cf-connecting-ip')), now),
  )
  const mail = await meLinkMail(c.env, site, reader, now)
  const ids = insertedIds(await insertMeLink(c.env.DB, { reader, recipient: reader.email, mail }, now).all())
  c.executionCtx.waitUntil(enqueueAfterResponse(c.env, ids))
  const s = ME_STRINGS[site.language]
  return page(c, 200, site.language, { title: s.askTitle, text: s.askSent })
})
