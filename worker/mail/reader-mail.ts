// The mails of the reader's own page: the link to it (rendered when it is queued, as the request knows the site and
// the address), and the footer link of every mail to a reader, which asks for one.
import type { RenderedMail } from '../db/outbox-delivery'
import type { Site } from '../domain'
import type { Env } from '../env'
import type { Reader } from '../db/reader'
import { oneLine } from '../text'
import { compose } from './compose'
import { readerLink } from './reader-links'
import { ME_STRINGS } from './reader-strings'

export async function meLinkMail(env: Env, site: Site, reader: Reader, nowMs: number): Promise<RenderedMail> {
  const s = ME_STRINGS[site.language]
  const name = oneLine(site.name, 80)
  return compose({
    language: site.language,
    subject: s.linkSubject(name),
    paragraphs: [s.linkIntro(name)],
    action: { label: s.linkAction, url: await readerLink(env, 'me', reader, nowMs) },
    footer: [s.linkValid],
  })
}

/** The footer's "manage your emails" link of a mail to `recipient` from the site. */
export async function manageLink(
  env: Env,
  site: Pick<Site, 'id' | 'language'>,
  recipient: string,
  nowMs: number,
): Promise<{ label: string; url: string }> {
  const url = await readerLink(env, 'me_ask', { siteId: site.id, email: recipient }, nowMs)
  return { label: ME_STRINGS[site.language].manage, url }
}
