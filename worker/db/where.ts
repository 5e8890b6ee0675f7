// WHERE clauses assembled from fixed fragments, each with its bound value: a filter left out adds nothing, and no value
// is ever written into the SQL text.

export type Clause = readonly [sql: string, value: string | number]

/** Clauses joined by AND with their values in order; `null` entries are filters not asked for. */
export function whereOf(clauses: readonly (Clause | null)[]): { sql: string; values: (string | number)[] } {
  const active = clauses.filter((clause): clause is Clause => clause !== null)
  return { sql: active.map(([sql]) => sql).join(' AND '), values: active.map(([, value]) => value) }
}

/** `column` is one of the sites an admin may see; null (the owner: every site) filters nothing. */
export const inSites = (column: string, sites: readonly string[] | null): Clause | null =>
  sites === null ? null : [`${column} IN (SELECT value FROM json_each(?))`, JSON.stringify(sites)]
