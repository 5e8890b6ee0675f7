// The Hono app: middleware, route mounting, the one error handler and the 404.
import { Hono } from 'hono'
import type { AppEnv } from './env'
import { ApiError, errorResponse } from './errors'

export const app = new Hono<AppEnv>()

app.get('/api/health', (c) => c.json({ ok: true }))

app.notFound((c) => errorResponse(c, new ApiError('not_found', 'No such endpoint.')))
app.onError((err, c) => errorResponse(c, err))
