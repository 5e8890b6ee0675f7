// GET /feed/S.atom[?thread=K]: the newest published comments of a site, or of one thread, as an Atom feed; a reader
// who asks again with the ETag it holds gets a 304 while nothing changed.
import { Hono } from 'hono'
import { listFeedEntries } from '../db/feed'
import { findSite } from '../db/sites'
import type { Language } from '../domain'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { LIMITS } from '../limits'
import { atomFeed, feedUpdated } from '../pages/atom'
import { articleUrl } from '../pages/fragment'
import { optionalText, queryInput, requiredText } from '../validate'

const ENTRIES = 50
const TITLE: Record<Language, (what: string) => string> = {
  en: (what) => `Comments on ${what}`,
  nl: (what) => `Reacties op ${what}`,
  de: (what) => `Kommentare zu ${what}`,
  fr: (what) => `Commentaires sur ${what}`,
}

export const feed = new Hono<AppEnv>()

/** A strong validator of the exact bytes: any change of an entry, an edit or a deletion, changes it. */
async function etagOf(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)))
  return `"${[...digest.slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`
}

const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch && ifNoneMatch.split(',').some((tag) => ['*', etag].includes(tag.trim().replace(/^W\//, '')))

feed.get('/:file', async (c) => {
  const siteId = /^(.+)\.atom$/.exec(c.req.param('file'))?.[1]
  if (!siteId) throw new ApiError('not_found', 'Feeds end in .atom: /feed/<site>.atom')
  const input = { ...queryInput(c, 'thread'), site: siteId }
  const site = await findSite(c.env.DB, requiredText(input, 'site', LIMITS.site))
  if (!site) throw new ApiError('not_found', `Unknown site "${siteId}".`, 'site')
  const key = optionalText(input, 'thread', LIMITS.thread)
  const entries = await listFeedEntries(c.env.DB, site.id, key, ENTRIES)
  const origin = new URL(c.req.url).origin
  const self = `${origin}/feed/${encodeURIComponent(site.id)}.atom${key ? `?${new URLSearchParams({ thread: key })}` : ''}`
  const thread = entries[0]?.thread ?? { key: key ?? '/', title: '', url: null }
  const head = {
    id: self,
    title: TITLE[site.language](key ? thread.title || key : site.name),
    self,
    alternate: key ? articleUrl(site, thread) : (site.allowedOrigins[0] ?? origin),
    lang: site.language,
  }
  const body = atomFeed(head, entries, (t) => articleUrl(site, t))
  const headers = {
    ETag: await etagOf(body),
    'Last-Modified': new Date(feedUpdated(entries)).toUTCString(),
    'Access-Control-Allow-Origin': '*',
  }
  if (matches(c.req.header('if-none-match'), headers.ETag)) return c.body(null, 304, headers)
  return c.body(body, 200, { ...headers, 'Content-Type': 'application/atom+xml; charset=utf-8' })
})
