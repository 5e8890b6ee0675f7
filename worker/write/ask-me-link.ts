// A reader asks for the link to their own page: the gate and the rate limit of every public write (preflight), then one
// batch that spends the code and queues the link, which only a known address gets. The route renders the mail either
// way, so the answer takes as long for an unknown address as for a known one.
import type { Context } from 'hono'
import type { MeLinkRequest } from '../api-types'
import { insertMeLink } from '../db/me-links'
import type { RenderedMail } from '../db/outbox-delivery'
import type { Reader } from '../db/reader'
import type { Site } from '../domain'
import type { AppEnv } from '../env'
import { commitMeLink, commitNothing } from './commit'
import { preflightNoComment } from './preflight'

/** The link's mail queued, if any (for the route to put on MAIL_QUEUE). */
export async function askMeLink(
  c: Context<AppEnv>,
  site: Site,
  req: MeLinkRequest & { reader: Reader; mail: RenderedMail },
): Promise<number[]> {
  const { reader, mail } = req
  const facts = await preflightNoComment(c, site, null, reader.email, req)
  const link = insertMeLink(c.env.DB, { reader, recipient: req.email, mail }, c.get('now'))
  // A blocked address or IP is answered as usual and sent nothing, as for a follow.
  if (facts.blocked) {
    await commitNothing(c.env.DB, facts.challenge)
    return []
  }
  return commitMeLink(c.env.DB, facts.challenge, link)
}
