// The follower a mail link names, for the GET of its page: the token checked, the follower found, or the page that
// says the link does not work (400 forged or expired, 404 gone).
import type { Context } from 'hono'
import { findFollowerPage, type FollowerPage } from '../db/followers'
import type { AppEnv } from '../env'
import { followerFromToken } from '../mail/links'
import { brokenLinkPage } from '../pages/follower'

export async function followerOfLink(
  c: Context<AppEnv>,
  purpose: 'follow_confirm' | 'unsubscribe',
): Promise<{ follower: FollowerPage; token: string } | Response> {
  const token = c.req.query('token') ?? ''
  const id = await followerFromToken(c.env, purpose, token, c.get('now'))
  if (id === null) return brokenLinkPage(c, 400)
  const follower = await findFollowerPage(c.env.DB, id)
  return follower ? { follower, token } : brokenLinkPage(c, 404)
}
