// The links inside mails: signed confirm and unsubscribe links for one follower, and the link to a comment.
import type { Env } from '../env'
import { signToken, verifyToken } from '../tokens'

type FollowerPurpose = 'follow_confirm' | 'unsubscribe'

const DAY_MS = 24 * 60 * 60 * 1000
// A confirmation is meant for now; an unsubscribe link must keep working in an old mail, and each new mail brings a fresh one.
const TTL_MS: Record<FollowerPurpose, number> = { follow_confirm: 7 * DAY_MS, unsubscribe: 365 * DAY_MS }
const PATH: Record<FollowerPurpose, string> = { follow_confirm: '/follow/confirm', unsubscribe: '/unsubscribe' }

/** An absolute link to this Worker's page for the follower, with a signed token that names only the follower id. */
export async function followerLink(
  env: Env,
  purpose: FollowerPurpose,
  followerId: number,
  nowMs: number,
): Promise<string> {
  const token = await signToken(env.SIGNING_KEY, purpose, { fid: followerId }, nowMs + TTL_MS[purpose])
  const url = new URL(PATH[purpose], env.PUBLIC_URL)
  url.searchParams.set('token', token)
  return url.href
}

/** The follower id a link's token names, or null when it is forged, expired, malformed or made for another purpose. */
export async function followerFromToken(
  env: Env,
  purpose: FollowerPurpose,
  token: unknown,
  nowMs: number,
): Promise<number | null> {
  const claims = await verifyToken<{ fid: number }>(env.SIGNING_KEY, token, purpose, nowMs)
  return claims && Number.isSafeInteger(claims.fid) && claims.fid > 0 ? claims.fid : null
}

/**
 * The comment on its page (`#parley-c<id>` is the widget's anchor; null: the page itself), or on this Worker when the
 * page never sent its URL.
 */
export function commentLink(env: Env, threadUrl: string | null, commentId: number | null): string {
  const url = new URL(threadUrl ?? env.PUBLIC_URL)
  if (commentId !== null) url.hash = `parley-c${commentId}`
  return url.href
}
