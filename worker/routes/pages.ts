// The pages behind mail links: confirm a follow (GET /follow/confirm) and unsubscribe (GET shows a button, POST acts,
// also as RFC 8058 one-click from the mail client). A bad link is a readable page with 400, never an error 500.
import { Hono, type Context } from 'hono'
import { confirmFollower, findFollowerPage, unsubscribeFollower, type FollowerPage } from '../db/followers'
import type { AppEnv } from '../env'
import { followerFromToken } from '../mail/links'
import { STRINGS } from '../mail/strings'
import { page, readerLanguage } from './page-html'

export const pages = new Hono<AppEnv>()

pages.get('/follow/confirm', async (c) => {
  const now = Date.now()
  const id = await followerFromToken(c.env, 'follow_confirm', c.req.query('token'), now)
  if (id === null) return brokenLink(c, 400)
  const state = await confirmFollower(c.env.DB, id, now)
  const follower = state === null ? null : await findFollowerPage(c.env.DB, id)
  if (!follower) return brokenLink(c, 404)
  const s = STRINGS[follower.language]
  const title = titleOf(follower)
  // Only a pending follower is confirmed: an old confirmation link must not undo a later unsubscribe.
  return state === 'active'
    ? page(c, 200, follower.language, {
        title: s.confirmedTitle,
        text: s.confirmedBody(title),
        back: backLink(follower),
      })
    : page(c, 200, follower.language, {
        title: s.notFollowingTitle,
        text: s.notFollowingBody(title),
        back: backLink(follower),
      })
})

// GET changes nothing: mail scanners open links, and must not unsubscribe anyone by doing so.
pages.get('/unsubscribe', async (c) => {
  const token = c.req.query('token')
  const id = await followerFromToken(c.env, 'unsubscribe', token, Date.now())
  if (id === null) return brokenLink(c, 400)
  const follower = await findFollowerPage(c.env.DB, id)
  if (!follower) return brokenLink(c, 404)
  const s = STRINGS[follower.language]
  if (follower.state === 'unsubscribed') return unsubscribedPage(c, follower)
  return page(c, 200, follower.language, {
    title: s.unsubscribeAskTitle,
    text: s.unsubscribeAskBody(titleOf(follower)),
    form: {
      url: `/unsubscribe?token=${encodeURIComponent(token ?? '')}`,
      label: s.unsubscribe,
      field: ['List-Unsubscribe', 'One-Click'],
    },
    back: backLink(follower),
  })
})

// The token is the only authority, so the body (RFC 8058 sends "List-Unsubscribe=One-Click") is not needed; a second POST is harmless.
pages.post('/unsubscribe', async (c) => {
  const now = Date.now()
  const id = await followerFromToken(c.env, 'unsubscribe', c.req.query('token'), now)
  if (id === null) return brokenLink(c, 400)
  const follower = (await unsubscribeFollower(c.env.DB, id, now)) ? await findFollowerPage(c.env.DB, id) : null
  return follower ? unsubscribedPage(c, follower) : brokenLink(c, 404)
})

function unsubscribedPage(c: Context, follower: FollowerPage): Response {
  const s = STRINGS[follower.language]
  return page(c, 200, follower.language, {
    title: s.unsubscribedTitle,
    text: s.unsubscribedBody(titleOf(follower)),
    back: backLink(follower),
  })
}

function brokenLink(c: Context, status: 400 | 404): Response {
  const language = readerLanguage(c.req.header('accept-language'))
  const s = STRINGS[language]
  return page(c, status, language, { title: s.invalidLinkTitle, text: s.invalidLinkBody })
}

const titleOf = (f: FollowerPage) => f.threadTitle || f.threadKey

function backLink(f: FollowerPage): { url: string; label: string } | undefined {
  return f.threadUrl ? { url: f.threadUrl, label: STRINGS[f.language].backToDiscussion } : undefined
}
