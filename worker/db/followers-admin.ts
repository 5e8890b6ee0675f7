// followers table, the owner's view: a thread's followers with their states (a refusal shown as such, with its reason
// and date), for the admin page and the CSV export.
import type { AdminFollower, ShownFollowerState } from '../admin-types'
import { readPage } from './page'
import { iso, isoOrNull } from './time'

type AdminFollowerRow = {
  id: number
  email: string
  shown_state: ShownFollowerState
  refusal_reason: string | null
  refused_at: number | null
  created_at: number
  updated_at: number
}

const toAdminFollower = (r: AdminFollowerRow): AdminFollower => ({
  id: r.id,
  email: r.email,
  state: r.shown_state,
  reason: r.shown_state === 'bounced' || r.shown_state === 'complained' ? r.refusal_reason : null,
  refusedAt: r.shown_state === 'bounced' || r.shown_state === 'complained' ? isoOrNull(r.refused_at) : null,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})

/**
 * The state the owner sees: a refused address that did not ask again shows why it gets nothing ('bounced',
 * 'complained'); one that asked again is 'pending' like anyone who asked.
 */
export const SHOWN_STATE = `CASE WHEN state = 'unsubscribed' AND refusal IS NOT NULL THEN refusal ELSE state END`

const SELECT = `SELECT id, email, ${SHOWN_STATE} AS shown_state, refusal_reason, refused_at, created_at, updated_at
  FROM followers`

/** A page of a thread's followers, newest first, before the cursor; reads `limit + 1` rows to know if more follow. */
export async function listFollowers(db: D1Database, threadId: number, beforeId: number, limit: number) {
  const where = [['thread_id = ?', threadId] as const, ['id < ?', beforeId] as const]
  return readPage(db, { select: SELECT, where }, limit, toAdminFollower)
}

/** Every follower of the thread, oldest first: the export holds the whole list in one file. */
export async function listAllFollowers(db: D1Database, threadId: number): Promise<AdminFollower[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE thread_id = ? ORDER BY id`)
    .bind(threadId)
    .all<AdminFollowerRow>()
  return results.map(toAdminFollower)
}
