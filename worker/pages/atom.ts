// An Atom 1.0 feed (RFC 4287) of comments: each entry with its author, times, permalink and the safe HTML as content.
import type { FeedEntry } from '../db/feed'
import { escapeHtml } from '../text'

export type FeedHead = { id: string; title: string; self: string; alternate: string; lang: string }

// Characters XML 1.0 cannot hold at all (escaped or not): controls and lone surrogates, which a comment could carry.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu
const xml = (text: string) => escapeHtml(text.replace(NOT_XML, ''))

/** The comment's address on its article: the widget opens it at that comment (#parley-c<id>). */
export const permalinkOf = ({ comment, thread }: FeedEntry, articleUrl: (t: FeedEntry['thread']) => string) =>
  `${articleUrl(thread)}#parley-c${comment.id}`

const updatedOf = (e: FeedEntry) => e.comment.editedAt ?? e.comment.createdAt

/** The feed's time: its newest entry's, or the epoch for a feed with none yet. */
export const feedUpdated = (entries: FeedEntry[]): string =>
  entries.map(updatedOf).sort().at(-1) ?? new Date(0).toISOString()

export function atomFeed(head: FeedHead, entries: FeedEntry[], articleUrl: (t: FeedEntry['thread']) => string) {
  const items = entries.map((e) => {
    const link = permalinkOf(e, articleUrl)
    const website = e.comment.website ? `<uri>${xml(e.comment.website)}</uri>` : ''
    return `<entry><id>${xml(link)}</id><title>${xml(`${e.comment.name}: ${e.thread.title || e.thread.key}`)}</title>
<author><name>${xml(e.comment.name)}</name>${website}</author>
<published>${e.comment.createdAt}</published><updated>${updatedOf(e)}</updated>
<link rel="alternate" type="text/html" href="${xml(link)}"/>
<content type="html">${xml(e.comment.html)}</content></entry>`
  })
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(head.lang)}">
<id>${xml(head.id)}</id><title>${xml(head.title)}</title><updated>${feedUpdated(entries)}</updated>
<link rel="self" type="application/atom+xml" href="${xml(head.self)}"/>
<link rel="alternate" type="text/html" href="${xml(head.alternate)}"/>
<generator>Parley</generator>
${items.join('\n')}
</feed>
`
}
