// The Hono app: middleware, route mounting, the one error handler and the 404.
import { Hono } from 'hono'
import { d1Stats } from './db/d1-stats'
import { d1Session } from './db/session'
import type { AppEnv } from './env'
import { ApiError, errorResponse } from './errors'
import { admin } from './routes/admin'
import { adminPage } from './routes/admin-page'
import { challenge } from './routes/challenge'
import { comments } from './routes/comments'
import { counts } from './routes/counts'
import { devMail } from './routes/dev-mail'
import { follow } from './routes/follow'
import { moderate } from './routes/moderate'
import { pages } from './routes/pages'
import { siteCors } from './site-access'

export const app = new Hono<AppEnv>()

// The D1 recorder (local only) wraps the binding before the session is opened on it, so it sees every round trip.
app.use('*', d1Stats, d1Session)
// CORS for the public API only: the admin API is same-origin, so no site's origin gets a grant for it, not even a preflight.
for (const path of ['/api/comments', '/api/comments/*', '/api/challenge', '/api/counts', '/api/follow'])
  app.use(path, siteCors)
app.get('/api/health', (c) => c.json({ ok: true }))
app.route('/api/comments', comments)
app.route('/api/challenge', challenge)
app.route('/api/counts', counts)
app.route('/api/follow', follow)
app.route('/api/admin', admin)
app.route('/moderate', moderate)
app.route('/', adminPage)
app.route('/dev', devMail)
app.route('/', pages)

app.notFound((c) => errorResponse(c, new ApiError('not_found', 'No such endpoint.')))
app.onError((err, c) => errorResponse(c, err))
