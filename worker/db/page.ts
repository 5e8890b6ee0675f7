// Cursor paging by id: every list reads `limit + 1` rows, so it knows whether another page follows without counting.
import { whereOf, type Clause } from './where'

export type Page<Item> = { items: Item[]; nextCursor: string | null }

/** The first `limit` of `rows`, mapped, and the cursor of the next page (the last id shown) when there is one. */
export function toPage<Row extends { id: number }, Item>(
  rows: Row[],
  limit: number,
  map: (row: Row) => Item,
): Page<Item> {
  const shown = rows.slice(0, limit)
  return { items: shown.map(map), nextCursor: rows.length > limit ? String(shown.at(-1)!.id) : null }
}

/**
 * A page, newest first: the rows of `select` (a SELECT up to its WHERE) that meet every clause, ordered by `id` (the
 * column's name as the SELECT knows it), `limit + 1` read.
 */
export async function readPage<Row extends { id: number }, Item>(
  db: D1Database,
  query: { select: string; where: readonly (Clause | null)[]; id?: string },
  limit: number,
  map: (row: Row) => Item,
): Promise<Page<Item>> {
  const { sql, values } = whereOf(query.where)
  const { results } = await db
    .prepare(`${query.select} WHERE ${sql} ORDER BY ${query.id ?? 'id'} DESC LIMIT ?`)
    .bind(...values, limit + 1)
    .all<Row>()
  return toPage(results, limit, map)
}
