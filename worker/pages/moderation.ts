// The pages behind the owner's moderation links: the question with its button, the outcome, and every refusal, in
// the site's language.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AdminComment } from '../admin-types'
import type { Language, ModerationAction } from '../domain'
import { MODERATION_STRINGS, type ModerationStrings } from '../moderation/strings'
import { page } from './layout'

const EXCERPT_LENGTH = 300

/** What a page tells of the comment. */
type Shown = Pick<AdminComment, 'name' | 'body' | 'status' | 'thread'>

export type Refusal = 'invalid' | 'gone' | 'used' | 'broken'

const STATUS: Record<Refusal, ContentfulStatusCode> = { invalid: 400, gone: 404, used: 409, broken: 500 }

const adminLink = (s: ModerationStrings) => ({ url: '/admin', label: s.adminPage })

/** GET: what the link would do, with a button that POSTs to `url` (mail scanners open links; only a click acts). */
export function askPage(c: Context, language: Language, action: ModerationAction, comment: Shown, url: string) {
  const s = MODERATION_STRINGS[language]
  // Cut by code points, so an emoji at the edge is kept whole or left out, never split into half a surrogate pair.
  const chars = [...comment.body]
  const excerpt = chars.length > EXCERPT_LENGTH ? `${chars.slice(0, EXCERPT_LENGTH).join('')}…` : comment.body
  return page(c, 200, language, {
    title: s.askTitle[action],
    text: `${s.ask(comment.name, comment.thread.title || comment.thread.key)} “${excerpt}”`,
    form: { url, label: s.button[action], field: ['confirm', action] },
    back: adminLink(s),
  })
}

export function donePage(c: Context, language: Language, action: ModerationAction): Response {
  const s = MODERATION_STRINGS[language]
  return page(c, 200, language, { title: s.doneTitle[action], text: s.done[action], back: adminLink(s) })
}

/** The comment moved on since the mail was sent (approved, deleted): the link can no longer change it. */
export function outdatedPage(c: Context, language: Language, comment: Shown): Response {
  const s = MODERATION_STRINGS[language]
  return page(c, 409, language, { title: s.stateTitle, text: s.state(comment.status), back: adminLink(s) })
}

export function refusalPage(c: Context, language: Language, outcome: Refusal): Response {
  const s = MODERATION_STRINGS[language]
  return page(c, STATUS[outcome], language, { title: s[`${outcome}Title`], text: s[outcome], back: adminLink(s) })
}
