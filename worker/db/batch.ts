// One D1 batch (one transaction, one round trip) built as a named record and read back by the same names, so no caller
// counts positions in a result array. Keys keep their order: a statement runs after every statement named before it.

type Statements = Record<string, D1PreparedStatement | null>

/** Each name's result; a name given `null` (a statement this request does not need) was not run and reads undefined. */
export type BatchResults<T extends Statements> = {
  [K in keyof T]: null extends T[K] ? D1Result | undefined : D1Result
}

export async function runBatch<T extends Statements>(db: D1Database, statements: T): Promise<BatchResults<T>> {
  const named = Object.entries(statements).filter((entry): entry is [string, D1PreparedStatement] => entry[1] !== null)
  const results = await db.batch(named.map(([, statement]) => statement))
  return Object.fromEntries(named.map(([name], i) => [name, results[i]])) as BatchResults<T>
}

/** The rows a statement of a batch returned (RETURNING or SELECT), typed by the caller who wrote its SQL. */
export const rowsOf = <Row>(result: D1Result | undefined): Row[] => (result?.results ?? []) as Row[]
