// followers table, the owner's view: a thread's followers with their states, for the admin page and the CSV export.
import type { AdminFollower, FollowerState } from '../admin-types'
import { toPage } from './page'
import { iso } from './time'

type AdminFollowerRow = { id: number; email: string; state: FollowerState; created_at: number; updated_at: number }

const toAdminFollower = (r: AdminFollowerRow): AdminFollower => ({
  id: r.id,
  email: r.email,
  state: r.state,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})

const SELECT = 'SELECT id, email, state, created_at, updated_at FROM followers WHERE thread_id = ?'

/** A page of a thread's followers, newest first, before the cursor; reads `limit + 1` rows to know if more follow. */
export async function listFollowers(db: D1Database, threadId: number, beforeId: number, limit: number) {
  const { results } = await db
    .prepare(`${SELECT} AND id < ? ORDER BY id DESC LIMIT ?`)
    .bind(threadId, beforeId, limit + 1)
    .all<AdminFollowerRow>()
  return toPage(results, limit, toAdminFollower)
}

/** Every follower of the thread, oldest first: the export holds the whole list in one file. */
export async function listAllFollowers(db: D1Database, threadId: number): Promise<AdminFollower[]> {
  const { results } = await db.prepare(`${SELECT} ORDER BY id`).bind(threadId).all<AdminFollowerRow>()
  return results.map(toAdminFollower)
}
