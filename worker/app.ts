// The Hono app: middleware, route mounting, the one error handler and the 404.
import { Hono } from 'hono'
import type { AppEnv } from './env'
import { ApiError, errorResponse } from './errors'
import { challenge } from './routes/challenge'
import { comments } from './routes/comments'
import { counts } from './routes/counts'
import { siteCors } from './site-access'

export const app = new Hono<AppEnv>()

app.use('/api/*', siteCors)
app.get('/api/health', (c) => c.json({ ok: true }))
app.route('/api/comments', comments)
app.route('/api/challenge', challenge)
app.route('/api/counts', counts)

app.notFound((c) => errorResponse(c, new ApiError('not_found', 'No such endpoint.')))
app.onError((err, c) => errorResponse(c, err))
