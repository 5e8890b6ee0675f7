// Query plans of what the Worker runs on D1: recorded statements, SQLite's plan for each, and the full scans of the
// tables that grow with use. Every hot query has a test that its plan uses an index.
import { env } from 'cloudflare:workers'
import { type D1Call, type RecordedStatement, recordingDb } from '../../../worker/db/recording'
import { newThreadKey, uniqueEmails } from './ids'
import { testEnv } from './request'
import { seedComments, seedFollowers, seedSite, seedThread } from './seed'

/** What a data function runs on D1 (SQL and parameters), recorded on the real binding. */
export async function statementsOf(run: (db: D1Database) => Promise<unknown>): Promise<RecordedStatement[]> {
  const calls: D1Call[] = []
  await run(recordingDb(testEnv.DB, calls))
  return calls.flatMap((call) => call.statements)
}

/** The one statement `run` executes, as D1 received it. */
export async function statementOf(run: (db: D1Database) => Promise<unknown>): Promise<RecordedStatement> {
  const [statement] = await statementsOf(run)
  if (!statement) throw new Error('no statement ran')
  return statement
}

/** The steps SQLite plans for one recorded statement. */
export async function queryPlan({ sql, params }: RecordedStatement): Promise<string[]> {
  const { results } = await testEnv.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>()
  return results.map((r) => r.detail)
}

/** The plan, one line, of every recorded statement whose SQL matches `table`. */
export async function plansOf(calls: D1Call[], table: RegExp): Promise<string[]> {
  const statements = calls.flatMap((c) => c.statements).filter((st) => table.test(st.sql))
  return Promise.all(statements.map(async (st) => (await queryPlan(st)).join(' | ')))
}

// The tables that grow with use; a full scan of any of them makes a request's cost grow with the whole site.
const BIG_TABLES = ['comments', 'followers', 'outbox']

/** The names a statement gives the big tables (their own, and aliases: `FROM comments c`), as query plans print them. */
function bigTableNames(sql: string): string[] {
  const names = [...BIG_TABLES]
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(comments|followers|outbox)\s+(?:AS\s+)?(\w+)/gi)) {
    if (!/^(WHERE|JOIN|LEFT|INNER|ON|ORDER|GROUP|LIMIT|SET)$/i.test(m[2]!)) names.push(m[2]!)
  }
  return names
}

/** For each table, the tables whose foreign keys reference it, read from the schema the tests run on. */
const referencedBy = new Map<string, string[]>()
for (const [, child, body] of env.TEST_SCHEMA.matchAll(/CREATE TABLE IF NOT EXISTS (\w+) \(([^;]*)\);/g)) {
  for (const [, parent] of body!.matchAll(/REFERENCES (\w+)/g))
    referencedBy.set(parent!, [...(referencedBy.get(parent!) ?? []), child!])
}

/**
 * An INSERT … RETURNING into a table plans a scan of each table that references it. SQLite runs that scan only to
 * settle deferred foreign-key violations (the opcode FkIfZero skips it otherwise) and this schema defers none; the
 * D1 cost tests show a post reads a handful of rows. Those lines are not full scans at run time.
 */
function foreignKeyChecks(sql: string): string[] {
  const inserted = sql.match(/^\s*INSERT INTO (\w+)/i)?.[1]
  if (inserted === undefined || !/\bRETURNING\b/i.test(sql)) return []
  return (referencedBy.get(inserted) ?? []).map((child) => `SCAN ${child}`)
}

/** The plan lines that read a big table from end to end, for every statement of every round trip. */
export async function fullScans(calls: D1Call[]): Promise<{ sql: string; scans: string[] }[]> {
  const found = []
  for (const statement of calls.flatMap((c) => c.statements)) {
    const names = bigTableNames(statement.sql)
    const skipped = foreignKeyChecks(statement.sql)
    const scans = (await queryPlan(statement))
      .filter((line) => !skipped.includes(line))
      .filter((line) => names.some((name) => line === `SCAN ${name}` || line.startsWith(`SCAN ${name} `)))
    if (scans.length > 0) found.push({ sql: statement.sql, scans })
  }
  return found
}

/** A site with three busy threads (301 comments, 50 followers each), so the planner has real tables to choose from. */
export async function busySite(moderation: 'none' | 'first_time' = 'none') {
  const site = await seedSite({ moderation })
  const threads = [newThreadKey(), newThreadKey(), newThreadKey()]
  for (const thread of threads) {
    const threadId = await seedThread(site, thread)
    await seedComments(threadId, 301)
    await seedFollowers(threadId, uniqueEmails(50))
  }
  return { site, thread: threads[1]! }
}
