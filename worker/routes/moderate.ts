// /moderate/:id/:action?token=…: the owner's mail links. GET only shows a page with a button, since mail scanners
// open links; POST acts, once. Every refusal is a readable page in the site's language, never an error 500.
import { Hono, type Context } from 'hono'
import { findAdminComment } from '../db/comments-admin'
import { findSite } from '../db/sites'
import { isTokenSpent, isTokenSpentConflict } from '../db/spent-tokens'
import { MODERATION_ACTIONS, type ModerationAction } from '../domain'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { enqueueAfterResponse } from '../mail/enqueue'
import { moderateComment } from '../moderation/apply'
import { verifyModerationLink } from '../moderation/links'
import { canModerate } from '../moderation/transitions'
import { readerLanguage } from '../pages/layout'
import { askPage, donePage, outdatedPage, refusalPage } from '../pages/moderation'

/** How the audit log names whoever clicked: the link went to the site's owner address. */
const MAIL_LINK_ACTOR = 'owner (mail link)'

export const moderate = new Hono<AppEnv>()

for (const action of MODERATION_ACTIONS) {
  moderate.get(`/:id/${action}`, (c) => respond(c, action, false))
  moderate.post(`/:id/${action}`, (c) => respond(c, action, true))
}

async function respond(c: Context<AppEnv>, action: ModerationAction, act: boolean): Promise<Response> {
  const now = c.get('now')
  const db = c.env.DB
  const idParam = c.req.param('id') ?? ''
  const id = /^[1-9][0-9]{0,15}$/.test(idParam) ? Number(idParam) : 0
  let language = readerLanguage(c.req.header('accept-language'))
  try {
    const grant = id > 0 ? await verifyModerationLink(c.env, id, action, c.req.query('token'), now) : null
    if (!grant) return refusalPage(c, language, 'invalid')
    const comment = await findAdminComment(db, id)
    if (!comment) return refusalPage(c, language, 'gone')
    language = (await findSite(db, comment.thread.siteId))?.language ?? language
    if (await isTokenSpent(db, grant.tokenId)) return refusalPage(c, language, 'used')
    if (!canModerate(comment.status, action)) return outdatedPage(c, language, comment)
    const url = new URL(c.req.url)
    if (!act) return askPage(c, language, action, comment, url.pathname + url.search)
    // The link is spent in the same batch as its action: both happen, or neither does.
    const spentWith = { tokenId: grant.tokenId, expiresAt: grant.expiresAt }
    const done = await moderateComment(db, grant.commentId, grant.action, MAIL_LINK_ACTOR, now, spentWith)
    c.executionCtx.waitUntil(enqueueAfterResponse(c.env, done.outboxIds))
    return donePage(c, language, action)
  } catch (err) {
    // Two clicks at once: the second loses on spent_tokens' primary key, or finds the state already changed.
    if (isTokenSpentConflict(err) || (err instanceof ApiError && err.code === 'conflict')) {
      return refusalPage(c, language, 'used')
    }
    c.set('failure', err) // logged with the 500 (app.ts)
    return refusalPage(c, language, 'broken')
  }
}
