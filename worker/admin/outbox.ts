// /api/admin/outbox: the mail log of the admin's sites (queued, sent, failed, dead, cancelled), and sending a dead
// mail again.
import { Hono } from 'hono'
import type { OutboxEntry, Page } from '../admin-types'
import { OUTBOX_STATES } from '../domain'
import { pageParams } from './paging'
import { actorOf, requireSite, sitesOf } from './scope'
import { insertAdminAction } from '../db/admin-actions'
import { findOutboxEntry, findOutboxSiteId, listOutboxEntries, requeueDead } from '../db/outbox-log'
import type { AppEnv } from '../env'
import { enqueueAfterResponse } from '../mail/enqueue'
import { ApiError } from '../errors'
import { optionalOneOf, pathId, queryInput } from '../validate'

export const outbox = new Hono<AppEnv>()

outbox.get('/', async (c) => {
  const state = optionalOneOf(queryInput(c, 'state'), 'state', OUTBOX_STATES)
  const { beforeId, limit } = pageParams(c)
  const body: Page<OutboxEntry> = await listOutboxEntries(c.env.DB, { state, sites: sitesOf(c) }, beforeId, limit)
  return c.json(body)
})

outbox.post('/:id/retry', async (c) => {
  const db = c.env.DB
  const id = pathId(c.req.param('id'), 'mail')
  const entry = await findOutboxEntry(db, id)
  const siteId = entry && (await findOutboxSiteId(db, id))
  if (!entry || !siteId) throw new ApiError('not_found', 'No such mail.')
  requireSite(c, siteId, 'mail')
  if (entry.state !== 'dead')
    throw new ApiError('conflict', `This mail is ${entry.state}; only a dead mail can be sent again.`)
  const now = c.get('now')
  const log = { actor: actorOf(c), action: 'retry_mail', target: `mail ${id}`, detail: entry.recipient, siteId }
  const [requeued] = await db.batch([requeueDead(db, id, now), insertAdminAction(db, log, now)])
  if (requeued!.meta.changes === 0)
    throw new ApiError('conflict', 'This mail was changed meanwhile; reload and try again.')
  await enqueueAfterResponse(c.env, [id])
  return c.json({ entry: await findOutboxEntry(db, id) })
})
