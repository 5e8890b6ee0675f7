import { env } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../worker/api-types'
import type { D1Call, RecordedStatement } from '../../worker/db/recording'
import { fanOutLatestComment } from '../../worker/db/outbox'
import { listOverdueOutbox } from '../../worker/db/outbox-delivery'
import { addComments, addFollowers, recordedCron, recordedRequest, statementsOf } from './d1-tools'
import { newThreadKey, postOk, seedSite, solvedChallenge, testEnv } from './helpers'

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
 * D1 cost test shows a post reads a handful of rows. Those lines are not full scans at run time.
 */
function foreignKeyChecks(sql: string): string[] {
  const inserted = sql.match(/^\s*INSERT INTO (\w+)/i)?.[1]
  if (inserted === undefined || !/\bRETURNING\b/i.test(sql)) return []
  return (referencedBy.get(inserted) ?? []).map((child) => `SCAN ${child}`)
}

async function plan({ sql, params }: RecordedStatement): Promise<string[]> {
  const { results } = await testEnv.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .bind(...params)
    .all<{ detail: string }>()
  return results.map((r) => r.detail)
}

/** The plan lines that read a big table from end to end, for every statement of every round trip. */
async function fullScans(calls: D1Call[]): Promise<{ sql: string; scans: string[] }[]> {
  const found = []
  for (const statement of calls.flatMap((c) => c.statements)) {
    const names = bigTableNames(statement.sql)
    const skipped = foreignKeyChecks(statement.sql)
    const scans = (await plan(statement))
      .filter((line) => !skipped.includes(line))
      .filter((line) => names.some((name) => line === `SCAN ${name}` || line.startsWith(`SCAN ${name} `)))
    if (scans.length > 0) found.push({ sql: statement.sql, scans })
  }
  return found
}

/** A site with a few busy threads, so the planner has real tables to choose from. */
async function busySite(moderation: 'none' | 'first_time' = 'none') {
  const site = await seedSite({ moderation })
  const threads = [newThreadKey(), newThreadKey(), newThreadKey()]
  for (const thread of threads) {
    await postOk(site, thread)
    await addFollowers(await addComments(site, thread, 300), 50)
  }
  return { site, thread: threads[1]! }
}

describe('query plans', () => {
  it('lists a thread (site, thread lookup, page) without a full scan, in index order', async () => {
    const { site, thread } = await busySite()
    const { res, calls } = await recordedRequest(
      `/api/comments?site=${site}&thread=${encodeURIComponent(thread)}&cursor=100`,
    )
    expect(res.status).toBe(200)
    expect(await fullScans(calls)).toEqual([])
    const page = await plan(calls.flatMap((c) => c.statements).find((s) => s.sql.includes('FROM comments'))!)
    expect(page).toContain('SEARCH comments USING INDEX comments_by_thread (thread_id=? AND status=? AND id>?)')
    expect(page.filter((line) => line.includes('TEMP B-TREE'))).toEqual([])
  })

  it('counts 20 threads without a full scan', async () => {
    const { site, thread } = await busySite()
    const keys = [thread, ...Array.from({ length: 19 }, (_, i) => `/none-${i}`)]
    const { res, calls } = await recordedRequest(
      `/api/counts?site=${site}&${keys.map((k) => `thread=${encodeURIComponent(k)}`).join('&')}`,
    )
    expect(res.status).toBe(200)
    expect(await fullScans(calls)).toEqual([])
  })

  it('posts, edits and deletes a comment without a full scan', async () => {
    const { site, thread } = await busySite()
    const post = await recordedRequest('/api/comments', {
      method: 'POST',
      json: {
        site,
        thread,
        name: 'Ann',
        email: 'ann@example.com',
        follow: true,
        body: 'Hello',
        ...(await solvedChallenge(site)),
      },
    })
    expect(post.res.status).toBe(201)
    const { comment, editToken } = (await post.res.json()) as PostCommentResponse
    const auth = { authorization: `Bearer ${editToken}` }
    const edit = await recordedRequest(`/api/comments/${comment.id}`, {
      method: 'PATCH',
      headers: auth,
      json: { body: 'Hello again' },
    })
    expect(edit.res.status).toBe(200)
    const remove = await recordedRequest(`/api/comments/${comment.id}`, { method: 'DELETE', headers: auth })
    expect(remove.res.status).toBe(204)
    expect(await fullScans([...post.calls, ...edit.calls, ...remove.calls])).toEqual([])
  })

  it('checks a first-time author against their earlier comments without a full scan', async () => {
    const { site, thread } = await busySite('first_time')
    const post = await recordedRequest('/api/comments', {
      method: 'POST',
      json: { site, thread, name: 'Bea', email: 'bea@example.com', body: 'Hi', ...(await solvedChallenge(site)) },
    })
    expect(post.res.status).toBe(201)
    expect(post.calls.flatMap((c) => c.statements).some((s) => s.sql.includes('email_normalized = ?'))).toBe(true)
    expect(await fullScans(post.calls)).toEqual([])
  })

  it('fans a comment out to its followers, and the cron re-drives the outbox, without a full scan', async () => {
    const { site, thread } = await busySite()
    const post = await recordedRequest('/api/comments', {
      method: 'POST',
      json: { site, thread, name: 'Ann', body: 'Hi', ...(await solvedChallenge(site)) },
    })
    expect(post.res.status).toBe(201)
    // An hour on, every row the post queued is overdue, so the re-drive has work to plan for.
    const cron = await recordedCron(Date.now() + 60 * 60 * 1000)
    const statements = [...post.calls, ...cron].flatMap((c) => c.statements).map((s) => s.sql)
    const [fanOut, overdue] = await statementsOf(async (db) => {
      await fanOutLatestComment(db, Date.now()).run()
      await listOverdueOutbox(db, 0, 1)
    })
    expect(statements).toContain(fanOut!.sql)
    expect(statements).toContain(overdue!.sql)
    expect(await fullScans([...post.calls, ...cron])).toEqual([])
  })
})
