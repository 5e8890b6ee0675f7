// The pages a follower meets through the links in their mails: confirmed, unsubscribe (a button), unsubscribed, and the
// page for a link that does not work.
import type { Context } from 'hono'
import type { FollowerPage } from '../db/followers'
import type { FollowerState } from '../domain'
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

/** The confirmation link's page: a button that POSTs, since mail scanners open links and must confirm nobody. */
export function confirmAskPage(c: Context, follower: FollowerPage, token: string): Response {
  const s = STRINGS[follower.language]
  return page(c, 200, follower.language, {
    title: s.confirmAskTitle,
    text: s.confirmAskBody(titleOf(follower)),
    form: {
      url: `/follow/confirm?token=${encodeURIComponent(token)}`,
      label: s.confirmAction,
      field: ['confirm', 'yes'],
    },
    back: backLink(follower),
  })
}

/** The unsubscribe link's page: a button that POSTs, since mail scanners open links and must not unsubscribe anyone. */
export function unsubscribeAskPage(c: Context, follower: FollowerPage, token: string): Response {
  const s = STRINGS[follower.language]
  return page(c, 200, follower.language, {
    title: s.unsubscribeAskTitle,
    text: s.unsubscribeAskBody(titleOf(follower)),
    form: {
      url: `/unsubscribe?token=${encodeURIComponent(token)}`,
      label: s.unsubscribe,
      field: ['List-Unsubscribe', 'One-Click'],
    },
    back: backLink(follower),
  })
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
