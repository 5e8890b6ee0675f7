// The fan-out at scale: one D1 batch however many followers, every hot mail query served by an index.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { app } from '../../worker/app'
import { recordingDb, type D1Call } from '../../worker/db/recording'
import { fanOutComment } from '../../worker/db/outbox'
import { listOverdueOutbox } from '../../worker/db/outbox-delivery'
import { listSentMail } from '../../worker/db/outbox-log'
import { queryPlan, statementsOf } from './d1-tools'
import type { MailJob } from '../../worker/env'
import { QUEUE_BATCH_LIMIT } from '../../worker/mail/enqueue'
import { BASE, ORIGIN, newThreadKey, seedSite, solvedChallenge, testEnv } from './helpers'
import { outboxRows, publishWithoutQueue, seedFollowers, uniqueEmail } from './mail-helpers'

const FOLLOWERS = 10_000

/** The one statement `run` executes, as D1 received it. */
async function statementOf(run: (db: D1Database) => Promise<unknown>) {
  const [statement] = await statementsOf(run)
  if (!statement) throw new Error('no statement ran')
  return statement
}

const fanOutSql = async () => (await statementOf((db) => fanOutComment(db, 1, Date.now()).run())).sql

/** One INSERT … SELECT from a recursive counter: 10,000 active followers without 10,000 round trips. */
async function seedManyFollowers(site: string, thread: string, count: number): Promise<void> {
  const now = Date.now()
  await testEnv.DB.batch([
    testEnv.DB.prepare(
      "INSERT INTO threads (site_id, key, title, url, created_at) VALUES (?, ?, 'Popular', 'https://blog.example/popular', ?)",
    ).bind(site, thread, now),
    testEnv.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?3)
       INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at)
       SELECT (SELECT id FROM threads WHERE site_id = ?1 AND key = ?2), 'reader' || i || '@example.com', 'reader' || i || '@example.com', 'active', ?4, ?4 FROM n`,
    ).bind(site, thread, count, now),
  ])
}

/** A producer that records what would go on the queue, so 10,000 mails are counted rather than sent by the local consumer. */
function recordingQueue(chunks: number[]): Queue<MailJob> {
  return {
    send: async () => ({ metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } }),
    sendBatch: async (messages) => {
      chunks.push([...messages].length)
      return { metadata: { metrics: { backlogCount: 0, backlogBytes: 0 } } }
    },
    metrics: async () => ({ backlogCount: 0, backlogBytes: 0 }),
  }
}

/** Posts a comment through the whole app with D1 recorded and the queue replaced by a recorder. */
async function publish(site: string, thread: string) {
  const calls: D1Call[] = []
  const chunks: number[] = []
  const body = {
    site,
    thread,
    name: 'Author',
    email: uniqueEmail('author'),
    body: 'News for everyone',
    ...(await solvedChallenge(site)),
  }
  const init = {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify(body),
  }
  const ctx = createExecutionContext()
  const started = performance.now()
  const res = await app.request(
    `${BASE}/api/comments`,
    init,
    { ...testEnv, DB: recordingDb(testEnv.DB, calls), MAIL_QUEUE: recordingQueue(chunks) },
    ctx,
  )
  const answeredMs = performance.now() - started
  await waitOnExecutionContext(ctx)
  const enqueuedMs = performance.now() - started
  expect(res.status).toBe(201)
  const { comment } = (await res.json()) as { comment: { id: number } }
  return { commentId: comment.id, calls, chunks, answeredMs, enqueuedMs }
}

describe('fan-out', () => {
  it(`writes one outbox row for each of ${FOLLOWERS} active followers inside the one batch of the publish request`, async () => {
    const site = await seedSite()
    const quiet = await publish(site, newThreadKey())
    const popularThread = newThreadKey()
    await seedManyFollowers(site, popularThread, FOLLOWERS)
    const popular = await publish(site, popularThread)

    // The same D1 work as for a thread nobody follows: no round trip per follower.
    const shape = (calls: D1Call[]) => calls.map((c) => c.statements.length)
    expect(shape(popular.calls)).toEqual(shape(quiet.calls))
    const fanOut = await fanOutSql()
    const batches = popular.calls.filter((c) => c.statements.some((s) => s.sql === fanOut))
    expect(batches).toHaveLength(1)
    expect(batches[0]!.rowsWritten).toBeGreaterThanOrEqual(FOLLOWERS)

    const { n } = (await testEnv.DB.prepare(
      "SELECT count(*) AS n FROM outbox WHERE kind = 'notify' AND comment_id = ? AND state = 'queued'",
    )
      .bind(popular.commentId)
      .first<{ n: number }>())!
    expect(n).toBe(FOLLOWERS)
    expect(popular.chunks).toEqual(Array.from({ length: FOLLOWERS / QUEUE_BATCH_LIMIT }, () => QUEUE_BATCH_LIMIT))
    console.log(
      `[bench] fan-out to ${FOLLOWERS} followers: request answered in ${popular.answeredMs.toFixed(0)} ms ` +
        `(no followers: ${quiet.answeredMs.toFixed(0)} ms); ${popular.chunks.length} sendBatch calls done after ${popular.enqueuedMs.toFixed(0)} ms`,
    )
  }, 60_000)

  it('writes nothing twice when the fan-out of a comment runs again, as an approval would run it', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedFollowers(site, thread, [uniqueEmail('a'), uniqueEmail('b')])
    const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    expect(outboxIds).toHaveLength(2)
    const again = await fanOutComment(testEnv.DB, commentId, Date.now()).all()
    expect(again.results).toEqual([])
    expect(await outboxRows('comment_id = ?', commentId)).toHaveLength(2)
  })
})

describe('query plans', () => {
  // A plain SCAN walks the whole table; "SCAN t USING INDEX i" walks an index in order and stops at the LIMIT.
  const fullScan = /^SCAN (comments|followers|outbox|c|f)$/

  it('fans out through the followers index and the comment key, scanning no table', async () => {
    const plan = await queryPlan(await statementOf((db) => fanOutComment(db, 1, Date.now()).run()))
    expect(plan.filter((step) => fullScan.test(step))).toEqual([])
    expect(plan).toContain('SEARCH c USING INTEGER PRIMARY KEY (rowid=?)')
    expect(plan).toContain('SEARCH f USING INDEX followers_by_thread_state (thread_id=? AND state=?)')
  })

  it('finds overdue mail for the re-drive through the outbox state index', async () => {
    const plan = await queryPlan(await statementOf((db) => listOverdueOutbox(db, Date.now(), 100)))
    expect(plan.filter((step) => fullScan.test(step))).toEqual([])
    expect(plan).toEqual(['SEARCH outbox USING COVERING INDEX outbox_by_state_time (state=? AND next_attempt_at<?)'])
  })

  it('lists sent mail for /dev/mail through the partial sent_at index', async () => {
    const plan = await queryPlan(await statementOf((db) => listSentMail(db, 10)))
    expect(plan).toEqual(['SEARCH outbox USING INDEX outbox_sent (sent_at>?)'])
  })
})
