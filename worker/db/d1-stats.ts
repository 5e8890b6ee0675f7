// D1 accounting for benchmarks and tests: each round trip's SQL, parameters and rows read/written, from D1's result meta.
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import { localSwitchOn } from '../local'

export const STATS_HEADER = 'X-Parley-D1-Stats'

export type RecordedStatement = { sql: string; params: unknown[] }
/** One round trip to D1: a single statement, or a whole batch; `sqlMs` is D1's own execution time (meta.duration). */
export type D1Call = { statements: RecordedStatement[]; rowsRead: number; rowsWritten: number; sqlMs: number }

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

  async run<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return this.record(await this.inner.run<T>())
  }

  async all<T = Record<string, unknown>>(): Promise<D1Result<T>> {
    return this.record(await this.inner.all<T>())
  }

  raw<T = unknown[]>(options: { columnNames: true }): Promise<[string[], ...T[]]>
  raw<T = unknown[]>(options?: { columnNames?: false }): Promise<T[]>
  // raw() returns no meta: the round trip is counted, its rows cannot be.
  async raw<T = unknown[]>(options?: { columnNames?: boolean }): Promise<T[] | [string[], ...T[]]> {
    this.calls.push({ statements: [this.recorded], rowsRead: 0, rowsWritten: 0, sqlMs: 0 })
    return options?.columnNames === true ? this.inner.raw<T>({ columnNames: true }) : this.inner.raw<T>()
  }

  private record<T>(result: D1Result<T>): D1Result<T> {
    const { rows_read, rows_written, duration } = result.meta
    this.calls.push({ statements: [this.recorded], rowsRead: rows_read, rowsWritten: rows_written, sqlMs: duration })
    return result
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

  async batch<T = unknown>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]> {
    const unwrapped = statements.map((s) => (s instanceof RecordingStatement ? s : { inner: s, recorded: { sql: '(prepared elsewhere)', params: [] } }))
    const results = await this.inner.batch<T>(unwrapped.map((u) => u.inner))
    const sum = (key: 'rows_read' | 'rows_written' | 'duration') => results.reduce((n, r) => n + r.meta[key], 0)
    this.calls.push({ statements: unwrapped.map((u) => u.recorded), rowsRead: sum('rows_read'), rowsWritten: sum('rows_written'), sqlMs: sum('duration') })
    return results
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

  async exec(query: string): Promise<D1ExecResult> {
    this.calls.push({ statements: [{ sql: query, params: [] }], rowsRead: 0, rowsWritten: 0, sqlMs: 0 })
    return this.database.exec(query)
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
})

/**
 * Local only (EXPOSE_D1_STATS): records this request's D1 work and reports it in X-Parley-D1-Stats, for `npm run bench`.
 * Off, it costs one comparison per request; the recorder never runs in production.
 */
export const d1Stats: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!localSwitchOn(c.env, 'EXPOSE_D1_STATS', c.req.url)) return next()
  const calls: D1Call[] = []
  // A copy of env for this request only: the isolate's env object is shared by every request it serves.
  c.env = { ...c.env, DB: recordingDb(c.env.DB, calls) }
  await next()
  const { roundTrips, rowsRead, rowsWritten, sqlMs } = summarise(calls)
  c.res.headers.set(STATS_HEADER, `round-trips=${roundTrips}; rows-read=${rowsRead}; rows-written=${rowsWritten}; sql-ms=${sqlMs}`)
}
