// A D1 binding that records every round trip: its SQL, parameters, rows read and written (D1's result meta) and time.
// For the benchmarks' stats header (middleware/d1-stats.ts) and the tests that count D1 work.

export type RecordedStatement = { sql: string; params: unknown[] }
/** One round trip to D1: a single statement or a whole batch. `sqlMs` is D1's own execution time (meta.duration),
 *  `waitMs` the time the Worker waited for the answer. */
export type D1Call = {
  statements: RecordedStatement[]
  rowsRead: number
  rowsWritten: number
  sqlMs: number
  waitMs: number
}

type Totals = { rowsRead: number; rowsWritten: number; sqlMs: number }
const metaTotals = (results: D1Result[]): Totals => ({
  rowsRead: results.reduce((n, r) => n + r.meta.rows_read, 0),
  rowsWritten: results.reduce((n, r) => n + r.meta.rows_written, 0),
  sqlMs: results.reduce((n, r) => n + r.meta.duration, 0),
})
const NO_META: Totals = { rowsRead: 0, rowsWritten: 0, sqlMs: 0 }

/** Runs one round trip and appends it to `calls`, with what `totals` reads from its answer. */
async function timed<R>(
  calls: D1Call[],
  statements: RecordedStatement[],
  run: () => Promise<R>,
  totals: (result: R) => Totals,
): Promise<R> {
  const started = Date.now()
  const result = await run()
  calls.push({ statements, ...totals(result), waitMs: Date.now() - started })
  return result
}

class RecordingStatement implements D1PreparedStatement {
  constructor(
    readonly inner: D1PreparedStatement,
    readonly recorded: RecordedStatement,
    private readonly calls: D1Call[],
  ) {}

  bind(...values: unknown[]): D1PreparedStatement {
    return new RecordingStatement(this.inner.bind(...values), { sql: this.recorded.sql, params: values }, this.calls)
  }

  first<T = unknown>(colName: string): Promise<T | null>
  first<T = Record<string, unknown>>(): Promise<T | null>
  // D1's own first() runs the whole statement and drops its meta; all() does the same work and keeps the meta.
  async first<T>(colName?: string): Promise<T | null> {
    const row = (await this.all<Record<string, unknown>>()).results[0]
    if (row === undefined) return null
    return (colName === undefined ? row : (row[colName] ?? null)) as T | null
  }

  run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return this.recordOne(() => this.inner.run<T>())
  }

  all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return this.recordOne(() => this.inner.all<T>())
  }

  private recordOne<R extends D1Result>(run: () => Promise<R>): Promise<R> {
    return timed(this.calls, [this.recorded], run, (r) => metaTotals([r]))
  }

  raw<T = unknown[]>(options: { columnNames: true }): Promise<[string[], ...T[]]>
  raw<T = unknown[]>(options?: { columnNames?: false }): Promise<T[]>
  // raw() answers without meta: the round trip is counted, its rows cannot be.
  raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[] | [string[], ...T[]]> {
    const run = () => (options?.columnNames === true ? this.inner.raw<T>({ columnNames: true }) : this.inner.raw<T>())
    return timed<T[] | [string[], ...T[]]>(this.calls, [this.recorded], run, () => NO_META)
  }
}

class RecordingSession implements D1DatabaseSession {
  constructor(
    protected readonly inner: D1Database | D1DatabaseSession,
    protected readonly calls: D1Call[],
  ) {}

  prepare(query: string): D1PreparedStatement {
    return new RecordingStatement(this.inner.prepare(query), { sql: query, params: [] }, this.calls)
  }

  batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
    const unwrapped = statements.map((s) =>
      s instanceof RecordingStatement ? s : { inner: s, recorded: { sql: '(prepared elsewhere)', params: [] } },
    )
    const run = () => this.inner.batch<T>(unwrapped.map((u) => u.inner))
    return timed(
      this.calls,
      unwrapped.map((u) => u.recorded),
      run,
      metaTotals,
    )
  }

  getBookmark(): D1SessionBookmark | null {
    return 'getBookmark' in this.inner ? this.inner.getBookmark() : null
  }
}

class RecordingDatabase extends RecordingSession implements D1Database {
  constructor(
    private readonly database: D1Database,
    calls: D1Call[],
  ) {
    super(database, calls)
  }

  withSession(constraintOrBookmark?: D1SessionBookmark | D1SessionConstraint): D1DatabaseSession {
    return new RecordingSession(this.database.withSession(constraintOrBookmark), this.calls)
  }

  exec(query: string): Promise<D1ExecResult> {
    return timed(
      this.calls,
      [{ sql: query, params: [] }],
      () => this.database.exec(query),
      () => NO_META,
    )
  }

  dump(): Promise<ArrayBuffer> {
    return this.database.dump()
  }
}

/** A D1Database that behaves like `db` and appends every round trip, with its meta, to `calls`. */
export const recordingDb = (db: D1Database, calls: D1Call[]): D1Database => new RecordingDatabase(db, calls)

export const summarise = (calls: D1Call[]) => ({
  roundTrips: calls.length,
  rowsRead: calls.reduce((n, c) => n + c.rowsRead, 0),
  rowsWritten: calls.reduce((n, c) => n + c.rowsWritten, 0),
  sqlMs: calls.reduce((n, c) => n + c.sqlMs, 0),
  waitMs: calls.reduce((n, c) => n + c.waitMs, 0),
})
