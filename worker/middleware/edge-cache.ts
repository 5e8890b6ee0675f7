// The Workers Cache API in front of the public reads (a thread's first page, counts, the fragment, the feeds): a
// repeated read costs no D1 query for CACHE_TTL_SECONDS. Every successful write moves a generation number that is part
// of each key, which purges all of them at once in the writer's location; elsewhere a read is at most the TTL old.
// A reader who carries a D1 bookmark (who just wrote) always bypasses the cache, so they see their own comment. Past the
// TTL an answer is stale for as long again: served at once while the route makes a fresh one after the response.
import type { Hono, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { BOOKMARK_HEADER } from './d1-session'

const GENERATION = 'https://parley.cache/generation'
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

async function generation(cache: Cache): Promise<string> {
  return (await (await cache.match(GENERATION))?.text()) ?? '0'
}

/** Caches what the route answers with 200, keyed by its URL and the generation. */
export const edgeCache =
  (app: Refresher): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const ttl = ttlOf(c.env.CACHE_TTL_SECONDS)
    if (ttl === 0 || c.req.method !== 'GET' || c.req.header(BOOKMARK_HEADER)) {
      await next()
      if (ttl > 0) c.res.headers.set(CACHE_HEADER, 'bypass')
      return
    }
    const cache = caches.default
    const url = new URL(c.req.url)
    url.searchParams.set('_g', await generation(cache))
    const key = url.href
    const hit = c.req.header(REFRESH) ? undefined : await cache.match(key)
    const origin = c.req.header('origin')
    const allowed = hit?.headers.get(ORIGINS)
    // A hit for a browser origin the site does not list goes to the route, which refuses it as it always does.
    if (hit && (!origin || !allowed || (JSON.parse(allowed) as string[]).includes(origin))) {
      const res = new Response(hit.body, hit)
      res.headers.delete(ORIGINS)
      res.headers.delete('cache-control')
      const browser = hit.headers.get(BROWSER_CACHING)
      if (browser) res.headers.set('Cache-Control', browser)
      res.headers.delete(BROWSER_CACHING)
      if (origin && allowed) res.headers.set('Access-Control-Allow-Origin', origin)
      const stale = c.get('now') - Number(hit.headers.get(STORED_AT)) >= ttl * 1000
      res.headers.delete(STORED_AT)
      if (stale) {
        const again = new Request(c.req.url, { headers: { [REFRESH]: '1' } })
        c.executionCtx.waitUntil(Promise.resolve(app.fetch(again, c.env, c.executionCtx)))
      }
      res.headers.set(CACHE_HEADER, stale ? 'stale' : 'hit')
      return res
    }
    await next()
    if (c.res.status !== 200) return
    const stored = new Response(c.res.clone().body, c.res)
    const site = c.get('site')
    if (site) stored.headers.set(ORIGINS, JSON.stringify(site.allowedOrigins))
    const browser = c.res.headers.get('cache-control')
    if (browser) stored.headers.set(BROWSER_CACHING, browser)
    stored.headers.set(STORED_AT, String(c.get('now')))
    // Fresh for the TTL, then stale for as long again (stale-while-revalidate), then gone.
    stored.headers.set('Cache-Control', `public, max-age=${2 * ttl}`)
    stored.headers.delete('set-cookie')
    c.executionCtx.waitUntil(cache.put(key, stored))
    c.res.headers.set(CACHE_HEADER, 'miss')
  }

/** After any successful write, a new generation: every cached read in this location is gone. */
export const purgeOnWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next()
  if (['GET', 'HEAD', 'OPTIONS'].includes(c.req.method) || c.res.status >= 400) return
  if (ttlOf(c.env.CACHE_TTL_SECONDS) === 0) return
  await caches.default.put(
    GENERATION,
    new Response(String(c.get('now')), { headers: { 'Cache-Control': 'max-age=86400' } }),
  )
}
