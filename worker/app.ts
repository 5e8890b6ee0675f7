// The Hono app: middleware, route mounting, the one error handler and the 404. createApp takes the clock and the source of
// Cloudflare Access's keys, so tests run the very same app at any time they choose, with keys they made; the Worker
// runs `app`, on the wall clock, with the keys Access publishes.
import { Hono } from 'hono'
import { admin } from './admin'
import { adminPage } from './admin/page'
import type { AccessKeySource, AppEnv, Clock } from './env'
import { ApiError, errorResponse } from './errors'
import { errorFields, logEvent } from './log'
import { cachedAccessKeys } from './middleware/access-keys'
import { d1Session } from './middleware/d1-session'
import { d1Stats } from './middleware/d1-stats'
import { edgeCaching } from './middleware/edge-cache'
import { siteCors } from './middleware/site-access'
import { challenge } from './routes/challenge'
import { comments } from './routes/comments'
import { counts } from './routes/counts'
import { devMail } from './routes/dev-mail'
import { embed } from './routes/embed'
import { feed } from './routes/feed'
import { follow } from './routes/follow'
import { followConfirm } from './routes/follow-confirm'
import { me } from './routes/me'
import { meLink } from './routes/me-link'
import { moderate } from './routes/moderate'
import { preview } from './routes/preview'
import { resendHook } from './routes/resend-hook'
import { unsubscribe } from './routes/unsubscribe'

/** The public API: each of these answers the origins its site lists (CORS), and nothing else does. */
const PUBLIC_API = [
  '/api/comments',
  '/api/comments/*',
  '/api/challenge',
  '/api/counts',
  '/api/follow',
  '/api/preview',
  '/api/me/link',
]
/** The public reads the edge cache keeps (middleware/edge-cache.ts). */
const CACHED = ['/api/comments', '/api/counts', '/embed/*', '/feed/*']

export function createApp(clock: Clock = Date.now, accessKeys: AccessKeySource = cachedAccessKeys()) {
  const app = new Hono<AppEnv>()
  // One reading of the clock per request: every step of it (token expiry, edit window, rows' times) agrees on the time.
  app.use('*', async (c, next) => {
    c.set('now', clock())
    c.set('accessKeys', accessKeys)
    await next()
    // One log line per server error, whoever answered it; the path without its query (it may carry a token).
    if (c.res.status >= 500) {
      const failure = c.get('failure')
      const where = { status: c.res.status, method: c.req.method, route: c.req.routePath, path: c.req.path }
      logEvent('error', 'http_5xx', { ...where, ...(failure === undefined ? {} : errorFields(failure)) })
    }
  })
  // The D1 recorder (local only) wraps the binding before the session is opened on it, so it sees every round trip.
  app.use('*', d1Stats, d1Session)
  // The admin API is same-origin, so no site's origin gets a grant for it, not even a preflight.
  for (const path of PUBLIC_API) app.use(path, siteCors)
  const edgeCache = edgeCaching(app)
  app.use('*', edgeCache.purge)
  for (const path of CACHED) app.use(path, edgeCache.read)
  app.get('/api/health', (c) => c.json({ ok: true }))
  app.route('/api/comments', comments)
  app.route('/api/challenge', challenge)
  app.route('/api/counts', counts)
  app.route('/api/follow', follow)
  app.route('/api/preview', preview)
  app.route('/api/me/link', meLink)
  app.route('/api/admin', admin)
  app.route('/embed', embed)
  app.route('/feed', feed)
  app.route('/follow/confirm', followConfirm)
  app.route('/unsubscribe', unsubscribe)
  app.route('/me', me)
  app.route('/moderate', moderate)
  app.route('/hooks/resend', resendHook)
  app.route('/', adminPage)
  app.route('/dev', devMail)
  app.notFound((c) => errorResponse(c, new ApiError('not_found', 'No such endpoint.')))
  app.onError((err, c) => {
    c.set('failure', err)
    return errorResponse(c, err)
  })
  return app
}

export const app = createApp()
