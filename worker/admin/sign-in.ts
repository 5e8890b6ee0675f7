// /api/admin/login, /session, /logout: signing in with the configured credentials, and the session cookie's life.
import { Hono } from 'hono'
import type { SessionResponse } from '../admin-types'
import { credentialsMatch, endSession, startSession } from '../middleware/admin-session'
import { insertAdminAction } from '../db/admin-actions'
import type { AppEnv } from '../env'
import { ApiError, invalid } from '../errors'
import { rateLimit, takeRateLimit } from '../db/rate-limits'
import { hashIp } from '../tokens'
import { requiredText, type Input } from '../validate'
import { readJson } from '../json-body'

/** Room for any generated secret; the comparison hashes it, so its length costs nothing else. */
const MAX_PASSWORD_LENGTH = 1024

/** Reachable without a session: the one way in. */
export const login = new Hono<AppEnv>()

login.post('/login', async (c) => {
  const now = c.get('now')
  const input = await readJson(c)
  const user = requiredText(input, 'user', 200)
  const password = typedPassword(input)
  // Counted before the check, so guessing costs an attempt whether it is right or wrong; its own key, so comments
  // posted from the same network do not lock the owner out, nor the other way round.
  const ipHash = await hashIp(c.env.SIGNING_KEY, c.req.header('cf-connecting-ip'))
  await takeRateLimit(c.env.DB, rateLimit(c.env, 'admin_login', ipHash, now))
  if (!(await credentialsMatch(c.env, user, password))) {
    throw new ApiError('unauthorized', 'The user name or password is not right.')
  }
  await insertAdminAction(c.env.DB, { actor: c.env.ADMIN_USER!, action: 'sign_in', target: 'admin' }, now).run()
  await startSession(c, now)
  const body: SessionResponse = { user: c.env.ADMIN_USER! }
  return c.json(body)
})

// Taken exactly as typed, unlike other text fields (trimmed, control characters dropped): a secret set with spaces at
// its ends or a tab inside would otherwise never match, and a near miss would.
function typedPassword(input: Input): string {
  const value = input.password
  if (value === undefined || value === null || value === '') throw invalid('password', 'password is required.')
  if (typeof value !== 'string') throw invalid('password', 'password must be a string.')
  if (value.length > MAX_PASSWORD_LENGTH)
    throw invalid('password', `password must be at most ${MAX_PASSWORD_LENGTH} characters.`)
  return value
}

/** Behind the session guard: who is signed in, and signing out. */
export const session = new Hono<AppEnv>()

session.get('/session', (c) => {
  const { user, sites } = c.get('adminSession')
  const body: SessionResponse = sites === null ? { user } : { user, access: { sites: [...sites] } }
  return c.json(body)
})

session.post('/logout', async (c) => {
  const current = c.get('adminSession')
  // Access keeps its own session: the page sends the browser on to /cdn-cgi/access/logout, which ends it.
  if (current.via === 'access') return c.body(null, 204)
  await c.env.DB.batch([
    endSession(c, current),
    insertAdminAction(c.env.DB, { actor: current.user, action: 'sign_out', target: 'admin' }, c.get('now')),
  ])
  return c.body(null, 204)
})
