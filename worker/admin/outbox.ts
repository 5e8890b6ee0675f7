// /api/admin/outbox: the mail log (queued, sent, failed, dead, cancelled) and sending a dead mail again.
import { Hono } from 'hono'
import type { OutboxEntry, Page } from '../admin-types'
import { OUTBOX_STATES } from '../domain'
import { pageParams } from './paging'
import { insertAdminAction } from '../db/admin-actions'
import { findOutboxEntry, listOutboxEntries, requeueDead } from '../db/outbox-log'
import type { AppEnv } from '../env'
import { enqueueAfterResponse } from '../mail/enqueue'
import { ApiError } from '../errors'
import { optionalOneOf, pathId, queryInput } from '../validate'

export const outbox = new Hono<AppEnv>()

outbox.get('/', async (c) => {
  const state = optionalOneOf(queryInput(c, 'state'), 'state', OUTBOX_STATES)
  const { beforeId, limit } = pageParams(c)
  const body: Page<OutboxEntry> = await listOutboxEntries(c.env.DB, state, beforeId, limit)
  return c.json(body)
})

outbox.post('/:id/retry', async (c) => {
  const db = c.env.DB
  const id = pathId(c.req.param('id'), 'mail')
  const entry = await findOutboxEntry(db, id)
  if (!entry) throw new ApiError('not_found', 'No such mail.')
  if (entry.state !== 'dead')
    throw new ApiError('conflict', `This mail is ${entry.state}; only a dead mail can be sent again.`)
  const now = c.get('now')
  const [requeued] = await db.batch([
    requeueDead(db, id, now),
    insertAdminAction(
      db,
      { actor: c.get('adminSession').user, action: 'retry_mail', target: `mail ${id}`, detail: entry.recipient },
      now,
    ),
  ])
  if (requeued!.meta.changes === 0)
    throw new ApiError('conflict', 'This mail was changed meanwhile; reload and try again.')
  await enqueueAfterResponse(c.env, [id])
  return c.json({ entry: await findOutboxEntry(db, id) })
})
