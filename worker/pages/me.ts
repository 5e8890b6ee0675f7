// The reader's own page on a site: the threads they follow (mode, leave one, leave all), their comments, their data
// (download, erase). Server-rendered, no JavaScript: every action is a form with a button that POSTs (routes/me.ts).
import type { Context } from 'hono'
import type { Page } from '../db/page'
import type { Reader, ReaderComment, ReaderFollow } from '../db/reader'
import { DELIVERIES, type CommentStatus, type Site } from '../domain'
import type { AppEnv, Env } from '../env'
import { DIGEST_STRINGS } from '../mail/digest-strings'
import { commentLink } from '../mail/links'
import { ME_STRINGS, type MeDone, type MeStrings } from '../mail/reader-strings'
import { escapeHtml } from '../text'
import { choiceHtml, formHtml, page } from './layout'

/** The comments the page lists: what the reader sees of their own on the site (their download has every one). */
export const SHOWN_STATUSES: readonly CommentStatus[] = ['published', 'pending']

/** What a valid link to the page names: the reader, their site, and the token the page's forms send back. */
export type ReaderLink = { reader: Reader; site: Site; token: string }

type MePage = ReaderLink & { follows: ReaderFollow[]; comments: Page<ReaderComment>; done: MeDone | null }

const link = (url: string | null, text: string) =>
  url ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text)

function followsHtml(p: MePage, s: MeStrings, action: (path: string) => string): string {
  if (p.follows.length === 0) return `<p>${escapeHtml(s.noFollows)}</p>`
  const ds = DIGEST_STRINGS[p.site.language]
  const items = p.follows.map((f) => {
    const title = f.thread.title || f.thread.key
    const hidden: [string, string][] = [['follower', String(f.id)]]
    const options = DELIVERIES.map((m) => [m, ds.modes[m]] as [string, string])
    const mode = choiceHtml({ name: 'delivery', legend: ds.choice, options, checked: f.delivery })
    return `<li><p><strong>${link(f.thread.url, title)}</strong> (${escapeHtml(s.states[f.state])})</p>
${formHtml(action('/me/delivery'), hidden, mode, s.saveMode)}
${formHtml(action('/me/leave'), hidden, '', `${s.leave}: ${title}`)}</li>`
  })
  return `<ul>${items.join('\n')}</ul>${formHtml(action('/me/leave-all'), [], '', s.leaveAll)}`
}

function commentsHtml(env: Env, p: MePage, s: MeStrings): string {
  if (p.comments.items.length === 0) return `<p>${escapeHtml(s.noComments)}</p>`
  const status = (c: ReaderComment) => (c.status === 'pending' ? ` (${escapeHtml(s.statuses.pending)})` : '')
  const items = p.comments.items.map(
    (c) =>
      `<li><p>${link(commentLink(env, c.thread.url, c.id), c.thread.title || c.thread.key)}, <time datetime="${c.createdAt}">${c.createdAt.slice(0, 10)}</time>${status(c)}</p>
<blockquote>${escapeHtml(c.body)}</blockquote></li>`,
  )
  const next = p.comments.nextCursor
  const older = next
    ? `<p><a href="/me?${escapeHtml(new URLSearchParams({ token: p.token, before: next }).toString())}">${escapeHtml(s.older)}</a></p>`
    : ''
  return `<ul>${items.join('\n')}</ul>${older}`
}

export function mePage(c: Context<AppEnv>, p: MePage): Response {
  const s = ME_STRINGS[p.site.language]
  const action = (path: string) => `${path}?token=${encodeURIComponent(p.token)}`
  const confirm = `<p><label><input type="checkbox" name="confirm" value="yes" required> ${escapeHtml(s.eraseConfirm)}</label></p>`
  const sections = `<h2>${escapeHtml(s.follows)}</h2>
${followsHtml(p, s, action)}
<h2>${escapeHtml(s.comments)}</h2>
${commentsHtml(c.env, p, s)}
<h2>${escapeHtml(s.yourData)}</h2>
${formHtml(action('/me/export'), [], '', s.download)}
<h2>${escapeHtml(s.eraseTitle)}</h2>
<p>${escapeHtml(s.eraseBody[p.site.eraseMode])}</p>
${formHtml(action('/me/erase'), [], confirm, s.erase)}`
  const notice = p.done === null ? undefined : s.done[p.done]
  return page(c, 200, p.site.language, { title: s.title(p.site.name), text: s.intro(p.reader.email), notice, sections })
}
