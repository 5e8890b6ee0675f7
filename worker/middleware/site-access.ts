// Which site a request is for, and whether its Origin may use that site: the CORS trust boundary of the public API.
import type { Context, MiddlewareHandler } from 'hono'
import { findSite, findSiteOfComment, isOriginOfAnySite } from '../db/sites'
import type { Site } from '../domain'
import type { AppEnv } from '../env'
import { ApiError, errorResponse } from '../errors'
import { LIMITS } from '../limits'
import { requiredText, type Input } from '../validate'

const ALLOW_HEADERS = 'Content-Type, Authorization, X-Parley-Bookmark'
const EXPOSE_HEADERS = 'Retry-After, X-Parley-Bookmark'

/**
 * Resolves the site named in the input and checks the Origin against its list. A browser request from an unlisted
 * origin is refused outright (not merely left unreadable), so a hostile page cannot post into someone else's thread.
 * Requests without an Origin (curl, server-to-server) carry no browser credentials and are let through.
 */
export async function useSite(c: Context<AppEnv>, input: Input): Promise<Site> {
  const siteId = requiredText(input, 'site', LIMITS.site)
  const site = await findSite(c.env.DB, siteId)
  if (!site) throw new ApiError('not_found', `Unknown site "${siteId}".`, 'site')
  return admitOrigin(c, site)
}

/**
 * The same check for a request that names a comment instead (an author's edit or delete): without it the answer
 * carries no CORS grant, and the widget on the site's page could not read whether its edit worked. An unknown comment
 * is left to the handler's own 404.
 */
export async function useSiteOfComment(c: Context<AppEnv>, commentId: number): Promise<Site | null> {
  const site = await findSiteOfComment(c.env.DB, commentId)
  return site && admitOrigin(c, site)
}

function admitOrigin(c: Context<AppEnv>, site: Site): Site {
  const origin = c.req.header('origin')
  if (origin !== undefined && !site.allowedOrigins.includes(origin)) {
    throw new ApiError('forbidden_origin', "This page's origin is not allowed for this site.")
  }
  c.set('site', site)
  return site
}

/** CORS for /api/*: preflights are granted to origins some site lists; answers carry the grant once the site allowed it. */
export const siteCors: MiddlewareHandler<AppEnv> = async (c, next) => {
  const origin = c.req.header('origin')
  if (c.req.method === 'OPTIONS') {
    if (!origin || !(await isOriginOfAnySite(c.env.DB, origin))) {
      return errorResponse(c, new ApiError('forbidden_origin', 'This origin is not allowed.'))
    }
    return c.body(null, 204, {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': 'GET, POST, PATCH, DELETE',
      'Access-Control-Allow-Headers': ALLOW_HEADERS,
      'Access-Control-Max-Age': '86400',
      Vary: 'Origin',
    })
  }
  await next()
  c.res.headers.append('Vary', 'Origin')
  const site = c.get('site')
  if (origin && site?.allowedOrigins.includes(origin)) {
    c.res.headers.set('Access-Control-Allow-Origin', origin)
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSE_HEADERS)
  }
}
