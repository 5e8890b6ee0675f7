// /api/admin/audit: the log of admin actions, newest first; an Access admin sees the actions on their own sites.
import { Hono } from 'hono'
import type { AuditEntry, Page } from '../admin-types'
import { pageParams } from './paging'
import { sitesOf } from './scope'
import { listAdminActions } from '../db/admin-actions'
import type { AppEnv } from '../env'

export const audit = new Hono<AppEnv>()

audit.get('/', async (c) => {
  const { beforeId, limit } = pageParams(c)
  const body: Page<AuditEntry> = await listAdminActions(c.env.DB, sitesOf(c), beforeId, limit)
  return c.json(body)
})
