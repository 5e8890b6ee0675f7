// /api/admin/threads: the threads of the sites, locking one, and its followers as a list and as a CSV file.
import { Hono } from 'hono'
import type { AdminFollower, AdminThread, Page } from '../admin-types'
import { toCsv } from './csv'
import { pageParams } from './paging'
import { insertAdminAction } from '../db/admin-actions'
import { listAllFollowers, listFollowers } from '../db/followers-admin'
import { findThreadById, listThreads, setThreadLocked } from '../db/threads'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { optionalText, pathId, queryInput } from '../validate'

export const threads = new Hono<AppEnv>()

async function thread(db: D1Database, idParam: string): Promise<AdminThread> {
  const found = await findThreadById(db, pathId(idParam, 'thread'))
  if (!found) throw new ApiError('not_found', 'No such thread.')
  return found
}

threads.get('/', async (c) => {
  const siteId = optionalText(queryInput(c, 'site'), 'site', 64)
  const { beforeId, limit } = pageParams(c)
  const body: Page<AdminThread> = await listThreads(c.env.DB, siteId, beforeId, limit)
  return c.json(body)
})

threads.get('/:id', async (c) => c.json({ thread: await thread(c.env.DB, c.req.param('id')) }))

for (const locked of [true, false]) {
  threads.post(`/:id/${locked ? 'lock' : 'unlock'}`, async (c) => {
    const db = c.env.DB
    const { id } = await thread(db, c.req.param('id'))
    const action = locked ? 'lock' : 'unlock'
    await db.batch([
      setThreadLocked(db, id, locked),
      insertAdminAction(db, { actor: c.get('adminSession').user, action, target: `thread ${id}` }, c.get('now')),
    ])
    return c.json({ thread: await thread(db, c.req.param('id')) })
  })
}

threads.get('/:id/followers', async (c) => {
  const { id } = await thread(c.env.DB, c.req.param('id'))
  const { beforeId, limit } = pageParams(c)
  const body: Page<AdminFollower> = await listFollowers(c.env.DB, id, beforeId, limit)
  return c.json(body)
})

threads.get('/:id/followers.csv', async (c) => {
  const db = c.env.DB
  const t = await thread(db, c.req.param('id'))
  const rows = (await listAllFollowers(db, t.id)).map((f) => [f.email, f.state, f.createdAt, f.updatedAt])
  // Addresses leave the system here, so the export is an action in the log like any change.
  await insertAdminAction(
    db,
    {
      actor: c.get('adminSession').user,
      action: 'export_followers',
      target: `thread ${t.id}`,
      detail: `${rows.length} rows`,
    },
    c.get('now'),
  ).run()
  const fileName = `followers-${t.siteId.replace(/[^A-Za-z0-9_-]/g, '_')}-${t.id}.csv`
  return c.body(toCsv(['email', 'state', 'created_at', 'updated_at'], rows), 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  })
})
