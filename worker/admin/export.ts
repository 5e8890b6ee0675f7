// /api/admin/export?site=S: the whole site as Parley's JSON, as a file to keep (README, "Export").
import { Hono } from 'hono'
import { actorOf, requireSite } from './scope'
import { insertAdminAction } from '../db/admin-actions'
import { findExportRows } from '../db/export'
import type { AppEnv } from '../env'
import { ApiError } from '../errors'
import { toExport } from '../export-format'
import { LIMITS } from '../limits'
import { queryInput, requiredText } from '../validate'

export const exporting = new Hono<AppEnv>()

exporting.get('/', async (c) => {
  const db = c.env.DB
  const siteId = requiredText(queryInput(c, 'site'), 'site', LIMITS.site)
  requireSite(c, siteId, 'site')
  const rows = await findExportRows(db, siteId)
  if (!rows) throw new ApiError('not_found', 'No such site.')
  const body = toExport(rows, c.get('now'))
  // Addresses leave the system here, so the export is an action in the log like any change.
  const detail = `${body.threads.length} threads, ${body.comments.length} comments, ${body.followers.length} followers`
  await insertAdminAction(
    db,
    { actor: actorOf(c), action: 'export_site', target: `site ${siteId}`, detail, siteId },
    c.get('now'),
  ).run()
  const day = body.exportedAt.slice(0, 10)
  return c.json(body, 200, {
    'Content-Disposition': `attachment; filename="parley-${siteId.replace(/[^A-Za-z0-9_-]/g, '_')}-${day}.json"`,
  })
})
