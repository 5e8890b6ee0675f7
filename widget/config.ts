// Reads the embed's configuration from its <script data-*> attributes, with the page as fallback.
import type { PostCommentRequest } from '../worker/api-types'
import type { Lang } from './i18n'

/** Which discussion: sent as-is with every post and follow request. */
export type Where = Required<Pick<PostCommentRequest, 'site' | 'thread' | 'threadTitle' | 'threadUrl'>>

export type Config = {
  where: Where
  target: string
  lang: Lang
  theme: 'light' | 'dark' | 'auto'
  /** Where the API lives: the origin parley.js was loaded from. */
  api: string
}

/** The language a tag names ("de-DE" → de, "fr-CA" → fr), if the widget speaks it; else English. */
export const spokenLanguage = (tag: string): Lang =>
  (/^(nl|de|fr)/i.exec(tag)?.[1]!.toLowerCase() as Lang | undefined) ?? 'en'

export function readConfig(script: HTMLScriptElement): Config | null {
  const d = script.dataset
  if (!d.site) return null
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href
  const page = canonical ? new URL(canonical, location.href) : location
  return {
    where: {
      site: d.site,
      thread: d.thread || page.pathname,
      threadTitle: d.title || document.title,
      threadUrl: page.href.split('#')[0] ?? '',
    },
    target: d.target || 'parley',
    lang: spokenLanguage(d.lang || document.documentElement.lang),
    theme: d.theme === 'light' || d.theme === 'dark' ? d.theme : 'auto',
    api: new URL(script.src).origin,
  }
}
