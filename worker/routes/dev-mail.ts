// GET /dev/mail: every mail the pipeline sent, newest first, for local development only (the DEV_MAILBOX switch).
import { Hono } from 'hono'
import type { DevMailResponse } from '../dev-mail-types'
import { listSentMail } from '../db/outbox-log'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { localSwitchOn } from '../local'

/** Plenty for a development session, and a bound on the answer. */
const MAX_MESSAGES = 500

export const devMail = new Hono<AppEnv>()

devMail.get('/mail', async (c) => {
  // Mails hold personal links (unsubscribe, confirm): outside localhost this endpoint does not exist.
  if (!localSwitchOn(c.env, 'DEV_MAILBOX', c.req.url)) throw new ApiError('not_found', 'No such endpoint.')
  const body: DevMailResponse = { messages: await listSentMail(c.env.DB, MAX_MESSAGES) }
  return c.json(body, 200, { 'Cache-Control': 'no-store' })
})
