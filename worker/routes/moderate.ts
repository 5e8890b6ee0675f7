// /moderate/:id/:action?token=…: the owner's mail links. GET only shows a page with a button, since mail scanners
// open links; POST acts, once. Every refusal is a readable page in the site's language, never an error 500.
import { Hono, type Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { Language, ModerationAction } from '../admin-types'
import { moderateComment } from '../admin/moderation'
import { verifyModerationLink, type ModerationGrant } from '../admin/moderation-links'
import { MODERATION_STRINGS, type ModerationStrings } from '../admin/moderation-strings'
import { MODERATION_ACTIONS, canModerate } from '../admin/transitions'
import { findAdminComment } from '../db/comments-admin'
import { findSite } from '../db/sites'
import { insertUsedToken, isTokenUsed, isUsedTokenConflict } from '../db/used-tokens'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { page, readerLanguage } from './page-html'

/** How the audit log names whoever clicked: the link went to the site's owner address. */
const MAIL_LINK_ACTOR = 'owner (mail link)'
const EXCERPT_LENGTH = 300

export const moderate = new Hono<AppEnv>()

for (const action of MODERATION_ACTIONS) {
  moderate.get(`/:id/${action}`, (c) => respond(c, action, false))
  moderate.post(`/:id/${action}`, (c) => respond(c, action, true))
}

type Refusal = 'invalid' | 'gone' | 'used' | 'broken'

async function respond(c: Context<AppEnv>, action: ModerationAction, act: boolean): Promise<Response> {
  const now = Date.now()
  const idParam = c.req.param('id') ?? ''
  const id = /^[1-9][0-9]{0,15}$/.test(idParam) ? Number(idParam) : 0
  let language = readerLanguage(c.req.header('accept-language'))
  try {
    const grant = id > 0 ? await verifyModerationLink(c.env, id, action, c.req.query('token'), now) : null
    if (!grant) return refusal(c, language, 'invalid')
    const comment = await findAdminComment(c.env.DB, id)
    if (!comment) return refusal(c, language, 'gone')
    language = (await findSite(c.env.DB, comment.thread.siteId))?.language ?? language
    if (await isTokenUsed(c.env.DB, grant.tokenId)) return refusal(c, language, 'used')
    const s = MODERATION_STRINGS[language]
    if (!canModerate(comment.status, action))
      return page(c, 409, language, { title: s.stateTitle, text: s.state(comment.status), back: adminLink(s) })
    if (!act) {
      // Cut by code points, so an emoji at the edge is kept whole or left out, never split into half a surrogate pair.
      const chars = [...comment.body]
      const excerpt = chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : comment.body
      return page(c, 200, language, {
        title: s.askTitle[action],
        text: `${s.ask(comment.name, comment.thread.title || comment.thread.key)} “${excerpt}”`,
        form: { url: pathAndQuery(c.req.url), label: s.button[action], field: ['confirm', action] },
        back: adminLink(s),
      })
    }
    await perform(c, grant, now)
    return page(c, 200, language, { title: s.doneTitle[action], text: s.done[action], back: adminLink(s) })
  } catch (err) {
    // Two clicks at once: the second loses on used_tokens' primary key, or finds the state already changed.
    if (isUsedTokenConflict(err) || (err instanceof ApiError && err.code === 'conflict'))
      return refusal(c, language, 'used')
    console.error('[parley] moderation link failed', err)
    return refusal(c, language, 'broken')
  }
}

/** The link is spent in the same batch as its action: both happen, or neither does. */
function perform(c: Context<AppEnv>, grant: ModerationGrant, nowMs: number) {
  return moderateComment(c.env, grant.commentId, grant.action, MAIL_LINK_ACTOR, nowMs, [
    insertUsedToken(c.env.DB, grant.tokenId, grant.expiresAt),
  ])
}

const STATUS: Record<Refusal, ContentfulStatusCode> = { invalid: 400, gone: 404, used: 409, broken: 500 }

function refusal(c: Context, language: Language, outcome: Refusal): Response {
  const s = MODERATION_STRINGS[language]
  return page(c, STATUS[outcome], language, { title: s[`${outcome}Title`], text: s[outcome], back: adminLink(s) })
}

function pathAndQuery(href: string): string {
  const url = new URL(href)
  return url.pathname + url.search
}

const adminLink = (s: ModerationStrings) => ({ url: '/admin', label: s.adminPage })
