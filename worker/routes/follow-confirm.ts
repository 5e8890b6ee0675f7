// /follow/confirm?token=…: the link in a confirmation mail. GET shows a button and changes nothing, since mail scanners
// open links and must not confirm anyone (double opt-in); the POST confirms. A bad link is a readable page, never a 500.
import { Hono } from 'hono'
import { confirmFollower, findFollowerPage } from '../db/followers'
import type { AppEnv } from '../env'
import { followerFromToken } from '../mail/links'
import { brokenLinkPage, confirmAskPage, confirmedPage } from '../pages/follower'

export const followConfirm = new Hono<AppEnv>()

followConfirm.get('/', async (c) => {
  const token = c.req.query('token')
  const id = await followerFromToken(c.env, 'follow_confirm', token, c.get('now'))
  if (id === null) return brokenLinkPage(c, 400)
  const follower = await findFollowerPage(c.env.DB, id)
  if (!follower) return brokenLinkPage(c, 404)
  return follower.state === 'pending'
    ? confirmAskPage(c, follower, token ?? '')
    : confirmedPage(c, follower, follower.state)
})

followConfirm.post('/', async (c) => {
  const now = c.get('now')
  const id = await followerFromToken(c.env, 'follow_confirm', c.req.query('token'), now)
  if (id === null) return brokenLinkPage(c, 400)
  // Only a pending follower is confirmed: an old confirmation link must not undo a later unsubscribe.
  const state = await confirmFollower(c.env.DB, id, now)
  const follower = state === null ? null : await findFollowerPage(c.env.DB, id)
  if (!follower || state === null) return brokenLinkPage(c, 404)
  return confirmedPage(c, follower, state)
})
