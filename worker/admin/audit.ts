// /api/admin/audit: the log of admin actions, newest first.
import { Hono } from 'hono'
import type { AuditEntry, Page } from '../admin-types'
import { pageParams } from './paging'
import { listAdminActions } from '../db/admin-actions'
import type { AppEnv } from '../env'

export const audit = new Hono<AppEnv>()

audit.get('/', async (c) => {
  const { beforeId, limit } = pageParams(c)
  const body: Page<AuditEntry> = await listAdminActions(c.env.DB, beforeId, limit)
  return c.json(body)
})
