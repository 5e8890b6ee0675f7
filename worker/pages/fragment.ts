// GET /embed/S?thread=K's answer: the thread as an HTML fragment for a page to put into the widget's target at build
// time or at the edge. No script runs in it: the widget's own markup (widget/ssr.tsx) in a declarative shadow root of
// the target, with the widget's own styles, so the page's CSS reaches it no more than it reaches the widget; then, in
// the target itself, the first page as inert JSON for the widget to take over in place (widget/loader.ts), the
// schema.org JSON-LD and the feed.
import { renderThread } from 'parley-ssr'
import type { ListResponse, ThreadInfo } from '../api-types'
import type { Site } from '../domain'

/** What the fragment needs of its site: an unknown site is shown as an empty thread in English. */
export type Shown = Pick<Site, 'id' | 'language' | 'allowedOrigins'>
import { escapeHtml } from '../text'
import { scriptJson, threadJsonLd } from './json-ld'

/** The class of the inert JSON the widget reads instead of asking for the first page again. */
export const FIRST_PAGE_CLASS = 'parley-first'

/** Where the thread's article is: as the widget reported it, else its key on the site's first origin. */
export function articleUrl(site: Shown, thread: Pick<ThreadInfo, 'key' | 'url'>): string {
  if (thread.url) return thread.url
  const origin = site.allowedOrigins[0]
  try {
    return origin ? new URL(thread.key, origin).href : thread.key
  } catch {
    return thread.key
  }
}

/** `origin`: this Worker's, for the feed's address; `now`: when it is made, so the widget knows how fresh it is. */
export function threadFragment(site: Shown, page: ListResponse, origin: string, now: number): string {
  const url = articleUrl(site, page.thread)
  const where = { site: site.id, thread: page.thread.key, threadTitle: page.thread.title, threadUrl: url }
  const { html, css } = renderThread(page, { lang: site.language, where, api: origin })
  const feed = `${origin}/feed/${encodeURIComponent(site.id)}.atom?${new URLSearchParams({ thread: page.thread.key })}`
  return (
    `<template shadowrootmode="open"><style>${css}</style>${html}</template>` +
    `<script type="application/json" class="${FIRST_PAGE_CLASS}" data-at="${now}">${scriptJson(page)}</script>` +
    `<script type="application/ld+json">${scriptJson(threadJsonLd(page, url))}</script>` +
    `<link rel="alternate" type="application/atom+xml" href="${escapeHtml(feed)}">`
  )
}
