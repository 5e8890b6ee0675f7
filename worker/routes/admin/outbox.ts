// /api/admin/outbox: the mail log (queued, sent, failed, dead, cancelled) and sending a dead mail again.
import { Hono } from 'hono'
import type { OutboxEntry, OutboxState, Page } from '../../admin-types'
import { pageParams } from '../../admin/paging'
import { insertAdminAction } from '../../db/admin-actions'
import { findOutboxEntry, listOutboxEntries, requeueDead } from '../../db/outbox-admin'
import type { AppEnv } from '../../env'
import { enqueueAfterResponse } from '../../mail/enqueue'
import { ApiError, invalid } from '../../errors'
import { optionalText, pathId, queryInput } from '../../validate'

const STATES: readonly OutboxState[] = ['queued', 'sent', 'failed', 'dead', 'cancelled']

export const outbox = new Hono<AppEnv>()

outbox.get('/', async (c) => {
  const state = optionalText(queryInput(c, 'state'), 'state', 16)
  if (state !== null && !STATES.includes(state as OutboxState))
    throw invalid('state', `state must be one of ${STATES.join(', ')}.`)
  const { beforeId, limit } = pageParams(c)
  const body: Page<OutboxEntry> = await listOutboxEntries(c.env.DB, state as OutboxState | null, beforeId, limit)
  return c.json(body)
})

outbox.post('/:id/retry', async (c) => {
  const db = c.env.DB
  const id = pathId(c.req.param('id'), 'mail')
  const entry = await findOutboxEntry(db, id)
  if (!entry) throw new ApiError('not_found', 'No such mail.')
  if (entry.state !== 'dead')
    throw new ApiError('conflict', `This mail is ${entry.state}; only a dead mail can be sent again.`)
  const now = Date.now()
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
