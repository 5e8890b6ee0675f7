// The Workers Cache API in front of the public reads (a thread's first page, counts, the fragment, the feeds): a
// repeated read costs no D1 query for CACHE_TTL_SECONDS. Every successful write moves a generation number that is part
// of each key, which purges all of them at once in the writer's location; elsewhere a read is at most the TTL old.
// A reader who carries a D1 bookmark (who just wrote) always bypasses the cache, so they see their own comment. Past the
// TTL an answer is stale for as long again: served at once while the route makes a fresh one after the response.
// In front of the Cache API, each isolate keeps the answers it served last in memory (isolate-memory.ts).
import type { Context, Hono, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { BOOKMARK_HEADER, isRead } from './d1-session'
import { IsolateMemory, type StoredAnswer } from './isolate-memory'

const GENERATION = 'https://parley.cache/generation'
/** How long an isolate trusts the generation it read last: a write that another isolate of the location served reaches
 *  this one's memory within this time; the writer's own isolate knows at once. */
const GENERATION_TRUST_MS = 1000
const MEMORY_BYTES = 8 * 1024 * 1024
/** The origins the site allowed, kept beside a cached API answer so a hit can grant CORS without reading the site. */
const ORIGINS = 'x-parley-origins'
/** The route's own Cache-Control for browsers, kept while the stored copy carries the cache's. */
const BROWSER_CACHING = 'x-parley-cache-control'
export const CACHE_HEADER = 'X-Parley-Cache'
const STORED_AT = 'x-parley-stored-at'
/** Marks the request that refreshes a stale answer: it skips the lookup and stores what the route answers. */
const REFRESH = 'x-parley-refresh'

/** The app itself, to run the route again for a stale answer (createApp hands itself over: no import cycle). */
type Refresher = Pick<Hono<AppEnv>, 'fetch'>

const ttlOf = (value: string | undefined) => Math.max(0, Number(value) || 0)

/** Reads the Cache API's copy into memory's shape. */
async function fromCache(key: string): Promise<StoredAnswer | undefined> {
  const hit = await caches.default.match(key)
  if (!hit) return undefined
  const storedAt = Number(hit.headers.get(STORED_AT))
  return { body: await hit.arrayBuffer(), status: hit.status, headers: [...hit.headers], storedAt }
}

/** A hit for a browser origin the site does not list goes to the route, which refuses it as it always does. */
function admits(stored: StoredAnswer, origin: string | undefined): boolean {
  // Stored header names are lower-case, as Headers gives them.
  const allowed = stored.headers.find(([name]) => name === ORIGINS)?.[1]
  return !origin || !allowed || (JSON.parse(allowed) as string[]).includes(origin)
}

/** The stored answer as the reader gets it: the browser's caching and this origin's grant, not the cache's own. */
function answer(c: Context<AppEnv>, stored: StoredAnswer, stale: boolean): Response {
  const headers = new Headers(stored.headers)
  const origin = c.req.header('origin')
  if (origin && headers.has(ORIGINS)) headers.set('Access-Control-Allow-Origin', origin)
  headers.delete('cache-control')
  const browser = headers.get(BROWSER_CACHING)
  if (browser) headers.set('Cache-Control', browser)
  for (const name of [ORIGINS, BROWSER_CACHING, STORED_AT]) headers.delete(name)
  headers.set(CACHE_HEADER, stale ? 'stale' : 'hit')
  return new Response(stored.body, { status: stored.status, headers })
}

/** What the route answered, with what a later hit needs beside it. */
async function storedAnswerOf(c: Context<AppEnv>, ttl: number): Promise<StoredAnswer> {
  const headers = new Headers(c.res.headers)
  const site = c.get('site')
  if (site) headers.set(ORIGINS, JSON.stringify(site.allowedOrigins))
  const browser = c.res.headers.get('cache-control')
  if (browser) headers.set(BROWSER_CACHING, browser)
  const storedAt = c.get('now')
  headers.set(STORED_AT, String(storedAt))
  // Fresh for the TTL, then stale for as long again (stale-while-revalidate), then gone.
  headers.set('Cache-Control', `public, max-age=${2 * ttl}`)
  headers.delete('set-cookie')
  return { body: await c.res.clone().arrayBuffer(), status: c.res.status, headers: [...headers], storedAt }
}

/** The cache in front of the public reads, and the purge after every successful write, sharing this isolate's memory. */
export function edgeCaching(app: Refresher) {
  const memory = new IsolateMemory(MEMORY_BYTES)
  let known: { generation: string; readAt: number } | null = null

  async function generation(now: number): Promise<string> {
    if (known && now >= known.readAt && now - known.readAt < GENERATION_TRUST_MS) return known.generation
    const generation = (await (await caches.default.match(GENERATION))?.text()) ?? '0'
    known = { generation, readAt: now }
    return generation
  }

  /** Caches what the route answers with 200, keyed by its URL and the generation. */
  const read: MiddlewareHandler<AppEnv> = async (c, next) => {
    const ttl = ttlOf(c.env.CACHE_TTL_SECONDS)
    if (ttl === 0 || c.req.method !== 'GET' || c.req.header(BOOKMARK_HEADER)) {
      await next()
      if (ttl > 0) c.res.headers.set(CACHE_HEADER, 'bypass')
      return
    }
    const now = c.get('now')
    const url = new URL(c.req.url)
    url.searchParams.set('_g', await generation(now))
    const key = url.href
    let stored: StoredAnswer | undefined
    if (!c.req.header(REFRESH)) {
      stored = memory.get(key, now, 2 * ttl * 1000)
      if (!stored && (stored = await fromCache(key))) memory.set(key, stored)
    }
    if (stored && admits(stored, c.req.header('origin'))) {
      const stale = now - stored.storedAt >= ttl * 1000
      if (stale) {
        const again = new Request(c.req.url, { headers: { [REFRESH]: '1' } })
        c.executionCtx.waitUntil(Promise.resolve(app.fetch(again, c.env, c.executionCtx)))
      }
      return answer(c, stored, stale)
    }
    await next()
    if (c.res.status !== 200) return
    const made = await storedAnswerOf(c, ttl)
    memory.set(key, made)
    c.executionCtx.waitUntil(caches.default.put(key, new Response(made.body, made)))
    c.res.headers.set(CACHE_HEADER, 'miss')
  }

  /** After any successful write, a new generation: every cached read in this location is gone. */
  const purge: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next()
    if (isRead(c.req.method) || c.res.status >= 400 || ttlOf(c.env.CACHE_TTL_SECONDS) === 0) return
    const now = c.get('now')
    known = { generation: String(now), readAt: now }
    const headers = { 'Cache-Control': 'max-age=86400' }
    await caches.default.put(GENERATION, new Response(known.generation, { headers }))
  }

  return { read, purge }
}
