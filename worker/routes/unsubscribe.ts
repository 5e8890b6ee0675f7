// /unsubscribe?token=…: GET shows a button, POST acts, also as RFC 8058 one-click from the mail client. A bad link is a
// readable page with 400, never an error 500.
import { Hono } from 'hono'
import { findFollowerPage, unsubscribeFollower } from '../db/followers'
import type { AppEnv } from '../env'
import { followerFromToken } from '../mail/links'
import { askPage, brokenLinkPage, unsubscribedPage } from '../pages/follower'
import { followerOfLink } from './follower-link'

export const unsubscribe = new Hono<AppEnv>()

// GET changes nothing: mail scanners open links, and must not unsubscribe anyone by doing so.
unsubscribe.get('/', async (c) => {
  const found = await followerOfLink(c, 'unsubscribe')
  if (found instanceof Response) return found
  const { follower, token } = found
  return follower.state === 'unsubscribed' ? unsubscribedPage(c, follower) : askPage(c, 'unsubscribe', follower, token)
})

// The token is the only authority, so the body (RFC 8058 sends "List-Unsubscribe=One-Click") is not needed; a second
// POST is harmless.
unsubscribe.post('/', async (c) => {
  const now = c.get('now')
  const id = await followerFromToken(c.env, 'unsubscribe', c.req.query('token'), now)
  if (id === null) return brokenLinkPage(c, 400)
  const follower = (await unsubscribeFollower(c.env.DB, id, now)) ? await findFollowerPage(c.env.DB, id) : null
  return follower ? unsubscribedPage(c, follower) : brokenLinkPage(c, 404)
})
