// A thread's published comments a page at a time, in either order and either direction, and the chain of comments from
// a permalink up to its top-level comment. Oldest first pages by id; newest first pages by top-level comment, each with
// all its replies, so a reply never arrives before the comment it answers.
import { COLUMNS, type CommentRow } from './comments'

const THREAD = '(SELECT id FROM threads WHERE site_id = ? AND key = ?)'

/** `up`: towards higher ids. The SQL text is one of two fixed forms; every value is bound. */
const seek = (up: boolean) => (up ? { cmp: '>', dir: 'ASC' } : { cmp: '<', dir: 'DESC' })

/** Published comments after (`up`) or before `from` in id order, nearest first, `limit + 1` read. */
export function byIdStatement(db: D1Database, siteId: string, key: string, up: boolean, from: number, limit: number) {
  const { cmp, dir } = seek(up)
  return db
    .prepare(
      `SELECT ${COLUMNS} FROM comments WHERE thread_id = ${THREAD} AND status = 'published' AND id ${cmp} ?
       ORDER BY id ${dir} LIMIT ?`,
    )
    .bind(siteId, key, from, limit + 1)
}

// A top-level comment that was removed still leads its published replies, as it does in the oldest-first list.
const topLevel = (cmp: string, dir: string) =>
  `SELECT id FROM comments r WHERE r.thread_id = ${THREAD} AND r.parent_id IS NULL AND r.id ${cmp} ?
     AND (r.status = 'published' OR EXISTS
       (SELECT 1 FROM comments k WHERE k.parent_id = r.id AND k.status = 'published'))
   ORDER BY r.id ${dir} LIMIT ?`

/** The ids of the top-level comments after (`up`) or before `from`, nearest first, `limit + 1` read. */
export function topLevelStatement(
  db: D1Database,
  siteId: string,
  key: string,
  up: boolean,
  from: number,
  limit: number,
) {
  const { cmp, dir } = seek(up)
  return db.prepare(topLevel(cmp, dir)).bind(siteId, key, from, limit + 1)
}

export type TreeRow = CommentRow & { root_id: number }

/** The published comments under the same `limit` top-level comments, newest top-level comment first, replies by id. */
export function treeStatement(db: D1Database, siteId: string, key: string, up: boolean, from: number, limit: number) {
  const { cmp, dir } = seek(up)
  return db
    .prepare(
      `WITH RECURSIVE tree(id, root) AS (
         SELECT id, id FROM (${topLevel(cmp, dir)})
         UNION ALL SELECT c.id, tree.root FROM comments c JOIN tree ON c.parent_id = tree.id)
       SELECT ${COLUMNS.replace(/(\w+)/g, 'comments.$1')}, tree.root AS root_id
       -- CROSS JOIN keeps this order: the tree's rows, each looked up by id (else SQLite may walk every published row).
       FROM tree CROSS JOIN comments ON comments.id = tree.id
       WHERE comments.status = 'published' ORDER BY tree.root DESC, comments.id`,
    )
    .bind(siteId, key, from, limit)
}

/** Comment `id` and each comment above it, up to its top-level one, whatever their status; none if not in the thread. */
export function chainStatement(db: D1Database, siteId: string, key: string, id: number) {
  return db
    .prepare(
      `WITH RECURSIVE up(id) AS (
         SELECT id FROM comments WHERE id = ? AND thread_id = ${THREAD}
         UNION ALL SELECT c.parent_id FROM comments c JOIN up ON c.id = up.id WHERE c.parent_id IS NOT NULL LIMIT 1000)
       SELECT ${COLUMNS} FROM comments WHERE id IN (SELECT id FROM up) ORDER BY id`,
    )
    .bind(id, siteId, key)
}
