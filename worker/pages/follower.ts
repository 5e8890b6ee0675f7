// The pages a follower meets through the links in their mails: confirmed, unsubscribe (a button), unsubscribed, and the
// page for a link that does not work.
import type { Context } from 'hono'
import type { FollowerPage } from '../db/followers'
import { DELIVERIES, type FollowerState } from '../domain'
import { DIGEST_STRINGS } from '../mail/digest-strings'
import { STRINGS } from '../mail/strings'
import { page, readerLanguage } from './layout'

const titleOf = (f: FollowerPage) => f.threadTitle || f.threadKey

function backLink(f: FollowerPage): { url: string; label: string } | undefined {
  return f.threadUrl ? { url: f.threadUrl, label: STRINGS[f.language].backToDiscussion } : undefined
}

/** After a confirmation link: following now, or (an old link after an unsubscribe) not following. */
export function confirmedPage(c: Context, follower: FollowerPage, state: FollowerState): Response {
  const s = STRINGS[follower.language]
  const title = titleOf(follower)
  const [heading, text] =
    state === 'active' ? [s.confirmedTitle, s.confirmedBody(title)] : [s.notFollowingTitle, s.notFollowingBody(title)]
  return page(c, 200, follower.language, { title: heading, text, back: backLink(follower) })
}

/** What a link's page asks, and what its button sends back (the body RFC 8058 one-click sends, for unsubscribe). */
const ASKS = {
  follow_confirm: { path: '/follow/confirm', field: ['confirm', 'yes'] },
  unsubscribe: { path: '/unsubscribe', field: ['List-Unsubscribe', 'One-Click'] },
} as const satisfies Record<string, { path: string; field: [string, string] }>

/**
 * A link's page: what the link would do, and a button that POSTs to the same link. Mail scanners open links, so only
 * the button confirms a follow or unsubscribes anyone.
 */
export function askPage(c: Context, purpose: keyof typeof ASKS, follower: FollowerPage, token: string): Response {
  const s = STRINGS[follower.language]
  const title = titleOf(follower)
  const [heading, text, label] =
    purpose === 'follow_confirm'
      ? [s.confirmAskTitle, s.confirmAskBody(title), s.confirmAction]
      : [s.unsubscribeAskTitle, s.unsubscribeAskBody(title), s.unsubscribe]
  const { path, field } = ASKS[purpose]
  const ds = DIGEST_STRINGS[follower.language]
  // A new follower chooses how often: a mail per comment (the default, first) or a daily digest.
  const choice =
    purpose === 'follow_confirm'
      ? { name: 'delivery', legend: ds.choice, options: DELIVERIES.map((m) => [m, ds.modes[m]] as [string, string]) }
      : undefined
  const url = `${path}?token=${encodeURIComponent(token)}`
  const form = { url, label, field: [...field] as [string, string], choice }
  return page(c, 200, follower.language, { title: heading, text, form, back: backLink(follower) })
}

export function unsubscribedPage(c: Context, follower: FollowerPage): Response {
  const s = STRINGS[follower.language]
  const text = s.unsubscribedBody(titleOf(follower))
  return page(c, 200, follower.language, { title: s.unsubscribedTitle, text, back: backLink(follower) })
}

/** A forged, expired or mangled link (400), or one for a follower that no longer exists (404). */
export function brokenLinkPage(c: Context, status: 400 | 404): Response {
  const language = readerLanguage(c.req.header('accept-language'))
  const s = STRINGS[language]
  return page(c, status, language, { title: s.invalidLinkTitle, text: s.invalidLinkBody })
}
