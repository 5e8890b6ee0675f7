// A digest, rendered once right before it is sent: every comment of its range in thread order, without the reader's
// own, with one link and one unsubscribe. Stored like any mail, so a retry (after a crash) sends the very same one.
import { BUSY_PER_HOUR, listDigestComments } from '../db/digests'
import type { Delivery, RenderedMail, ThreadDelivery } from '../db/outbox-delivery'
import { normaliseEmail } from '../email-address'
import type { Env } from '../env'
import { oneLine } from '../text'
import { manageLink } from './reader-mail'
import { compose } from './compose'
import { DIGEST_STRINGS } from './digest-strings'
import { commentLink, followerLink } from './links'
import { STRINGS } from './strings'

/** Comments shown in one digest; past it the mail says there are more and links to the page. */
const MAX_SHOWN = 50
const NAME_MAX = 80

export async function planDigest(
  env: Env,
  d: ThreadDelivery & { digest: NonNullable<Delivery['digest']> },
  nowMs: number,
): Promise<{ send: RenderedMail } | { cancel: string }> {
  if (d.follower?.state !== 'active') return { cancel: 'follower is no longer active' }
  if (d.rendered) return { send: d.rendered }
  const range = { threadId: d.thread.id, ...d.digest, exceptEmail: normaliseEmail(d.recipient) }
  const comments = await listDigestComments(env.DB, range, MAX_SHOWN + 1)
  if (comments.length === 0) return { cancel: 'no comments but their own since the last digest' }
  const shown = comments.slice(0, MAX_SHOWN)
  const [s, ds] = [STRINGS[d.site.language], DIGEST_STRINGS[d.site.language]]
  const title = oneLine(d.thread.title || d.thread.key)
  const n = shown.length
  return {
    send: compose({
      language: d.site.language,
      subject: ds.subject(title, n),
      // A follower who chose a mail per comment gets a digest only because the thread turned very busy.
      paragraphs: [...(d.follower.delivery === 'each' ? [ds.busy(BUSY_PER_HOUR)] : []), ds.intro(n, title)],
      quotes: shown.map((c) => ({ lead: s.wrote(oneLine(c.name, NAME_MAX), title), text: c.body, html: c.html })),
      action: { label: s.notifyAction, url: commentLink(env, d.thread.url, shown[0]!.id) },
      footer: [...(comments.length > MAX_SHOWN ? [ds.more] : []), ds.why(oneLine(d.site.name, NAME_MAX))],
      manage: await manageLink(env, d.site, d.recipient, nowMs),
      unsubscribe: { label: s.unsubscribe, url: await followerLink(env, 'unsubscribe', d.follower.id, nowMs) },
    }),
  }
}
