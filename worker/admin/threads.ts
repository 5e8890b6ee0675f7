// /api/admin/threads: the threads of the admin's sites, locking one, and its followers as a list and as a CSV file.
import { Hono, type Context } from 'hono'
import type { AdminFollower, AdminThread, Page } from '../admin-types'
import { toCsv } from './csv'
import { pageParams } from './paging'
import { actorOf, requireSite, sitesOf } from './scope'
import { insertAdminAction } from '../db/admin-actions'
import { listAllFollowers, listFollowers } from '../db/followers-admin'
import { findThreadById, listThreads, setThreadLocked } from '../db/threads'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { optionalText, pathId, queryInput } from '../validate'

export const threads = new Hono<AppEnv>()

/** The thread of the path, if it exists and belongs to one of the admin's sites. */
async function thread(c: Context<AppEnv>): Promise<AdminThread> {
  const found = await findThreadById(c.env.DB, pathId(c.req.param('id') ?? '', 'thread'))
  if (!found) throw new ApiError('not_found', 'No such thread.')
  requireSite(c, found.siteId, 'thread')
  return found
}

threads.get('/', async (c) => {
  const siteId = optionalText(queryInput(c, 'site'), 'site', 64)
  if (siteId !== null) requireSite(c, siteId, 'site')
  const { beforeId, limit } = pageParams(c)
  const body: Page<AdminThread> = await listThreads(c.env.DB, { siteId, sites: sitesOf(c) }, beforeId, limit)
  return c.json(body)
})

threads.get('/:id', async (c) => c.json({ thread: await thread(c) }))

for (const locked of [true, false]) {
  threads.post(`/:id/${locked ? 'lock' : 'unlock'}`, async (c) => {
    const db = c.env.DB
    const { id, siteId } = await thread(c)
    const action = locked ? 'lock' : 'unlock'
    await db.batch([
      setThreadLocked(db, id, locked),
      insertAdminAction(db, { actor: actorOf(c), action, target: `thread ${id}`, siteId }, c.get('now')),
    ])
    return c.json({ thread: await thread(c) })
  })
}

threads.get('/:id/followers', async (c) => {
  const { id } = await thread(c)
  const { beforeId, limit } = pageParams(c)
  const body: Page<AdminFollower> = await listFollowers(c.env.DB, id, beforeId, limit)
  return c.json(body)
})

threads.get('/:id/followers.csv', async (c) => {
  const db = c.env.DB
  const t = await thread(c)
  const rows = (await listAllFollowers(db, t.id)).map((f) => [
    f.email,
    f.state,
    f.reason ?? '',
    f.refusedAt ?? '',
    f.createdAt,
    f.updatedAt,
  ])
  // Addresses leave the system here, so the export is an action in the log like any change.
  const detail = `${rows.length} rows`
  const log = { actor: actorOf(c), action: 'export_followers', target: `thread ${t.id}`, detail, siteId: t.siteId }
  await insertAdminAction(db, log, c.get('now')).run()
  const fileName = `followers-${t.siteId.replace(/[^A-Za-z0-9_-]/g, '_')}-${t.id}.csv`
  return c.body(toCsv(['email', 'state', 'reason', 'refused_at', 'created_at', 'updated_at'], rows), 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${fileName}"`,
  })
})
