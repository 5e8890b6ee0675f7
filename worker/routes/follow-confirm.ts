// /follow/confirm?token=…: the link in a confirmation mail. GET shows a button and changes nothing, since mail scanners
// open links and must not confirm anyone (double opt-in); the POST confirms. A bad link is a readable page, never a 500.
import { Hono } from 'hono'
import { confirmFollower, findFollowerPage } from '../db/followers'
import { DELIVERIES, isOneOf } from '../domain'
import type { AppEnv } from '../env'
import { followerFromToken } from '../mail/links'
import { askPage, brokenLinkPage, confirmedPage } from '../pages/follower'
import { followerOfLink } from './follower-link'

export const followConfirm = new Hono<AppEnv>()

followConfirm.get('/', async (c) => {
  const found = await followerOfLink(c, 'follow_confirm')
  if (found instanceof Response) return found
  const { follower, token } = found
  return follower.state === 'pending'
    ? askPage(c, 'follow_confirm', follower, token)
    : confirmedPage(c, follower, follower.state)
})

followConfirm.post('/', async (c) => {
  const now = c.get('now')
  const id = await followerFromToken(c.env, 'follow_confirm', c.req.query('token'), now)
  if (id === null) return brokenLinkPage(c, 400)
  // The page's choice; a form without it (an old page, a client of its own) gets the default, a mail per comment.
  const form: Record<string, unknown> = await c.req.parseBody().catch(() => ({}))
  const chosen = form.delivery
  const delivery = isOneOf(DELIVERIES, chosen) ? chosen : 'each'
  // Only a pending follower is confirmed: an old confirmation link must not undo a later unsubscribe.
  const state = await confirmFollower(c.env.DB, id, now, delivery)
  const follower = state === null ? null : await findFollowerPage(c.env.DB, id)
  if (!follower || state === null) return brokenLinkPage(c, 404)
  return confirmedPage(c, follower, state)
})
