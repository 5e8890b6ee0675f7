// One imported comment as Parley stores it: fields cleaned and cut to the limits every posted comment keeps
// (worker/limits.ts), the body in the Markdown subset and its HTML rendered by the Worker's own renderer.
import { createHash } from 'node:crypto'
import { isMailbox, normaliseEmail } from '../../worker/email-address.ts'
import { LIMITS } from '../../worker/limits.ts'
import { renderMarkdown } from '../../worker/markdown.ts'
import { oneLine } from '../../worker/text.ts'
import { htmlToMarkdown } from './html-to-markdown.mjs'

/** The site language's word for an author the source does not name. */
export const ANONYMOUS = { en: 'Anonymous', nl: 'Anoniem', de: 'Anonym', fr: 'Anonyme' }

// Controls other than line breaks and tabs mean nothing in a comment; a lone surrogate cannot be stored as UTF-8.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g
const cleanText = (text) => text.toWellFormed().replace(/\r\n?/g, '\n').replace(CONTROLS, '')

/** At most `max` code points (the unit the Worker's limits count), and whether anything was cut. */
function cut(text, max) {
  const points = [...text]
  return points.length > max ? [points.slice(0, max).join(''), true] : [text, false]
}

/** A website worth linking: an http(s) URL within the limit, else none. */
function websiteOf(value) {
  const text = value?.trim() ?? ''
  if (!text || text.length > LIMITS.website || !/^https?:\/\//i.test(text)) return null
  return URL.canParse(text) ? text : null
}

/**
 * The row for `record` ({ name, email, website, html | markdown, status, createdAt }). `tally` counts what the report
 * tells: authors without a name or an email, and each field cut to its limit.
 */
export function commentRow(record, { siteId, source, language }, tally) {
  const [name, nameCut] = cut(oneLine(cleanText(record.name ?? ''), Infinity), LIMITS.name)
  if (!name) tally.withoutName++
  const typed = record.email?.trim() ?? ''
  // An address that is no mailbox could never be written to: kept as none, like a missing one.
  const email = typed && isMailbox(typed) ? typed : null
  if (!email) tally.withoutEmail++
  const markdown = record.markdown ?? htmlToMarkdown(record.html ?? '')
  const [body, bodyCut] = cut(cleanText(markdown).trim(), LIMITS.body)
  const website = websiteOf(record.website)
  if (nameCut) tally.cut.name++
  if (bodyCut) tally.cut.body++
  if (!website && record.website?.trim()) tally.cut.website++
  const shownName = name || ANONYMOUS[language] || ANONYMOUS.en
  return {
    name: shownName,
    email,
    emailNormalized: email && normaliseEmail(email),
    website,
    // Imported authors have no browser key: the mark comes from their public name, never from their address.
    avatar:
      record.avatar ?? createHash('sha256').update(`import:${siteId}:${source}:${shownName}`).digest('hex').slice(0, 8),
    body,
    html: renderMarkdown(body),
    status: record.status,
    createdAt: record.createdAt,
    editedAt: record.editedAt ?? null,
  }
}
