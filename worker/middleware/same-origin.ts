// The trust boundary of /api/admin/*: same-origin requests only, and a valid session for everything but sign-in.
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'

// 'same-origin' is the admin page itself; 'none' is the owner typing or bookmarking a URL (a CSV download).
// 'same-site' is refused too: a sibling subdomain can be someone else's site.
const TRUSTED_FETCH_SITES = new Set(['same-origin', 'none'])

/**
 * Refuses any request a browser marks as coming from another origin. The session cookie is SameSite=Strict already;
 * this is the second lock, and it also covers browsers or proxies that mishandle SameSite.
 */
export const sameOriginOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = c.req.header('origin')
  const fetchSite = c.req.header('sec-fetch-site')
  if (
    (origin !== undefined && origin !== new URL(c.req.url).origin) ||
    (fetchSite !== undefined && !TRUSTED_FETCH_SITES.has(fetchSite))
  ) {
    throw new ApiError('forbidden_origin', 'Admin requests are accepted only from the admin page itself.')
  }
  await next()
  // Admin answers carry addresses and IP hashes: never cache them anywhere.
  c.header('Cache-Control', 'no-store')
}
