// The owner's one-click moderation links in mails: signed 'moderate' tokens bound to one comment and one action,
// each good for a single use (its id is spent in spent_tokens when the action happens).
import type { ModerationAction, StoredStatus } from '../domain'
import type { Env } from '../env'
import { signToken, verifyToken } from '../tokens'
import { actionsFor } from './transitions'

// Long enough for an owner back from a holiday; a stale link can do no harm, as each action checks the current state.
const MODERATION_LINK_TTL_MS = 30 * 24 * 60 * 60 * 1000

type ModerationClaims = { cid: number; act: string; jti: string }

export type ModerationGrant = { commentId: number; action: ModerationAction; tokenId: string; expiresAt: number }

const moderationPath = (commentId: number, action: ModerationAction) => `/moderate/${commentId}/${action}`

/** The links that make sense for a comment in this state, in a fixed order: approve, delete, spam. */
export async function moderationLinks(env: Env, commentId: number, status: StoredStatus, nowMs: number) {
  return Promise.all(
    actionsFor(status).map(async (action) => {
      const claims: ModerationClaims = { cid: commentId, act: action, jti: crypto.randomUUID() }
      const url = new URL(moderationPath(commentId, action), env.PUBLIC_URL)
      url.searchParams.set(
        'token',
        await signToken(env.SIGNING_KEY, 'moderate', claims, nowMs + MODERATION_LINK_TTL_MS),
      )
      return { action, url: url.href }
    }),
  )
}

/**
 * What the token allows, or null when it is forged, expired, of another purpose, or made for another comment or action
 * than the URL names: a link copied from one comment's mail must not act on any other.
 */
export async function verifyModerationLink(
  env: Env,
  commentId: number,
  action: ModerationAction,
  token: unknown,
  nowMs: number,
): Promise<ModerationGrant | null> {
  const claims = await verifyToken<ModerationClaims>(env.SIGNING_KEY, token, 'moderate', nowMs)
  if (!claims || claims.cid !== commentId || claims.act !== action || typeof claims.jti !== 'string') return null
  return { commentId, action, tokenId: `moderate:${claims.jti}`, expiresAt: claims.exp * 1000 }
}
