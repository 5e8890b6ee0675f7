// Cursor paging by id: every list reads `limit + 1` rows, so it knows whether another page follows without counting.

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
