// /api/admin/login, /session, /logout: signing in with the configured credentials, and the session cookie's life.
import { Hono } from 'hono'
import type { SessionResponse } from '../../admin-types'
import { credentialsMatch, endSession, startSession } from '../../admin/session'
import { insertAdminAction } from '../../db/admin-actions'
import type { AppEnv } from '../../env'
import { ApiError } from '../../errors'
import { clientIpHash, takeRateLimit } from '../../rate-limit'
import { readJson, requiredText } from '../../validate'

/** Reachable without a session: the one way in. */
export const login = new Hono<AppEnv>()

login.post('/login', async (c) => {
  const now = Date.now()
  const input = await readJson(c)
  const user = requiredText(input, 'user', 200)
  const password = requiredText(input, 'password', 200)
  // Counted before the check, so guessing costs an attempt whether it is right or wrong; its own key, so comments
  // posted from the same network do not lock the owner out, nor the other way round.
  await takeRateLimit(c, 'admin_login', await clientIpHash(c), now)
  if (!(await credentialsMatch(c.env, user, password))) {
    throw new ApiError('unauthorized', 'The user name or password is not right.')
  }
  await insertAdminAction(c.env.DB, { actor: c.env.ADMIN_USER!, action: 'sign_in', target: 'admin' }, now).run()
  await startSession(c, now)
  const body: SessionResponse = { user: c.env.ADMIN_USER! }
  return c.json(body)
})

/** Behind the session guard: who is signed in, and signing out. */
export const session = new Hono<AppEnv>()

session.get('/session', (c) => {
  const body: SessionResponse = { user: c.get('adminSession').user }
  return c.json(body)
})

session.post('/logout', async (c) => {
  const current = c.get('adminSession')
  await c.env.DB.batch([endSession(c, current), insertAdminAction(c.env.DB, { actor: current.user, action: 'sign_out', target: 'admin' }, Date.now())])
  return c.body(null, 204)
})
