// followers table, the owner's view: a thread's followers with their states, for the admin page and the CSV export.
import type { AdminFollower, FollowerState } from '../admin-types'
import { readPage } from './page'
import { iso } from './time'

type AdminFollowerRow = { id: number; email: string; state: FollowerState; created_at: number; updated_at: number }

const toAdminFollower = (r: AdminFollowerRow): AdminFollower => ({
  id: r.id,
  email: r.email,
  state: r.state,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
})

const SELECT = 'SELECT id, email, state, created_at, updated_at FROM followers'

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
