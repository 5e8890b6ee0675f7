// admin_actions table: the audit log of every admin action (who, what, when), shown on the admin page.
import type { AuditEntry } from '../admin-types'
import { readPage } from './page'
import { iso } from './time'
import { inSites } from './where'

type AdminActionRow = {
  id: number
  actor: string
  action: string
  target: string
  detail: string | null
  created_at: number
}

const toAuditEntry = (r: AdminActionRow): AuditEntry => ({
  id: r.id,
  actor: r.actor,
  action: r.action,
  target: r.target,
  detail: r.detail,
  createdAt: iso(r.created_at),
})

/** `siteId`: the site the action concerned, so the admins of that site see it in their log; none for site-less ones. */
export type AdminAction = {
  actor: string
  action: string
  target: string
  detail?: string | null
  siteId?: string | null
}

/**
 * Goes into the same batch as the change it records, so the log never misses one. With `ifChanged`, put it right after
 * a conditional UPDATE: it writes only if that statement changed a row (SQLite's changes()), so a move that lost a
 * race to a concurrent one is not logged as done.
 */
export function insertAdminAction(
  db: D1Database,
  a: AdminAction,
  nowMs: number,
  ifChanged = false,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO admin_actions (actor, action, target, detail, created_at, site_id) SELECT ?, ?, ?, ?, ?, ? ${ifChanged ? 'WHERE changes() > 0' : ''}`,
    )
    .bind(a.actor, a.action, a.target, a.detail ?? null, nowMs, a.siteId ?? null)
}

/** A page of the log, newest first, before the cursor, of the sites an admin sees (null: all, site-less actions too);
 *  reads `limit + 1` rows to know if more follow. */
export async function listAdminActions(
  db: D1Database,
  sites: readonly string[] | null,
  beforeId: number,
  limit: number,
) {
  const select = 'SELECT id, actor, action, target, detail, created_at FROM admin_actions'
  return readPage(db, { select, where: [inSites('site_id', sites), ['id < ?', beforeId]] }, limit, toAuditEntry)
}
