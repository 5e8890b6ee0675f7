// D1 test tools: bulk seeding in one statement per table, and calling the Worker with a D1 binding that records its work.
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test'
import { type D1Call, type RecordedStatement, recordingDb } from '../../worker/db/recording'
import type { Env } from '../../worker/env'
import worker from '../../worker/index'
import { BASE, randomIp, testEnv } from './helpers'

/** Adds `n` published top-level comments to an existing thread; returns the thread's id. */
export async function addComments(site: string, thread: string, n: number): Promise<number> {
  const row = await testEnv.DB.prepare('SELECT id FROM threads WHERE site_id = ? AND key = ?')
    .bind(site, thread)
    .first<{ id: number }>()
  if (!row) throw new Error(`no thread ${thread} on site ${site}`)
  await testEnv.DB.batch([
    testEnv.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
       INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
       SELECT ?2, NULL, 'Reader ' || i, 'abcdef01', 'c' || i, '<p>c' || i || '</p>', 'published', ?3 FROM n`,
    ).bind(n, row.id, Date.now()),
    testEnv.DB.prepare('UPDATE threads SET comment_count = comment_count + ? WHERE id = ?').bind(n, row.id),
  ])
  return row.id
}

/** Adds `n` active followers to a thread, as if each had confirmed their address. */
export async function addFollowers(threadId: number, n: number): Promise<void> {
  await testEnv.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?1)
     INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at)
     SELECT ?2, 'f' || i || '@example.com', 'f' || i || '@example.com', 'active', ?3, ?3 FROM n`,
  )
    .bind(n, threadId, Date.now())
    .run()
}

/** One request to the Worker whose D1 binding appends every round trip (SQL, parameters, rows) to `calls`. */
export async function recordedRequest(
  path: string,
  init: RequestInit & { json?: unknown } = {},
): Promise<{ res: Response; calls: D1Call[] }> {
  const calls: D1Call[] = []
  const env: Env = { ...testEnv, DB: recordingDb(testEnv.DB, calls) }
  const { json, ...rest } = init
  const headers = new Headers(rest.headers)
  headers.set('cf-connecting-ip', randomIp())
  if (json !== undefined) headers.set('content-type', 'application/json')
  const ctx = createExecutionContext()
  const res = await worker.fetch(
    new Request(`${BASE}${path}`, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) }),
    env,
    ctx,
  )
  await waitOnExecutionContext(ctx)
  return { res, calls }
}

/** One cron run at `scheduledTime`, with the recording D1 binding; returns its round trips. */
export async function recordedCron(scheduledTime: number): Promise<D1Call[]> {
  const calls: D1Call[] = []
  await worker.scheduled(createScheduledController({ scheduledTime, cron: '*/5 * * * *' }), {
    ...testEnv,
    DB: recordingDb(testEnv.DB, calls),
  })
  return calls
}

/** What a data function runs on D1 (SQL and parameters), recorded on the real binding: for EXPLAIN QUERY PLAN tests. */
export async function statementsOf(run: (db: D1Database) => Promise<unknown>): Promise<RecordedStatement[]> {
  const calls: D1Call[] = []
  await run(recordingDb(testEnv.DB, calls))
  return calls.flatMap((call) => call.statements)
}

/** The steps SQLite plans for one recorded statement. */
export async function queryPlan({ sql, params }: RecordedStatement): Promise<string[]> {
  const { results } = await testEnv.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>()
  return results.map((r) => r.detail)
}
