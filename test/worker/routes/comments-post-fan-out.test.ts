// POST /api/comments on a thread with 10,000 followers: one outbox row each, written in the one batch of the request.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { createApp } from '../../../worker/app'
import { fanOutComment } from '../../../worker/db/outbox'
import { recordingDb, type D1Call } from '../../../worker/db/recording'
import type { MailJob } from '../../../worker/env'
import { QUEUE_BATCH_LIMIT } from '../../../worker/mail/enqueue'
import { solvedChallenge } from '../support/api'
import { newThreadKey, uniqueEmail, uniqueEmails } from '../support/ids'
import { statementOf } from '../support/query-plans'
import { buildRequest, testEnv } from '../support/request'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

const FOLLOWERS = 10_000

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

/** Posts a comment through the whole app with D1 recorded and the queue replaced by a recorder, timing both ends. */
async function publish(site: string, thread: string) {
  const calls: D1Call[] = []
  const chunks: number[] = []
  const json = { site, thread, name: 'Author', email: uniqueEmail('author'), body: 'News for everyone' }
  const req = buildRequest('/api/comments', { method: 'POST', json: { ...json, ...(await solvedChallenge(site)) } })
  const ctx = createExecutionContext()
  const started = performance.now()
  const env = { ...testEnv, DB: recordingDb(testEnv.DB, calls), MAIL_QUEUE: recordingQueue(chunks) }
  const res = await createApp().fetch(req, env, ctx)
  const answeredMs = performance.now() - started
  await waitOnExecutionContext(ctx)
  const enqueuedMs = performance.now() - started
  expect(res.status).toBe(201)
  const { comment } = (await res.json()) as { comment: { id: number } }
  return { commentId: comment.id, calls, chunks, answeredMs, enqueuedMs }
}

describe('POST /api/comments', () => {
  it(`writes one outbox row for each of ${FOLLOWERS} active followers inside the one batch of the publish request`, async () => {
    const site = await seedSite()
    const quiet = await publish(site, newThreadKey())
    const popularThread = newThreadKey()
    const threadId = await seedThread(site, popularThread, { title: 'Popular', url: 'https://blog.example/popular' })
    await seedFollowers(threadId, uniqueEmails(FOLLOWERS))
    const popular = await publish(site, popularThread)

    // The same D1 work as for a thread nobody follows: no round trip per follower.
    const shape = (calls: D1Call[]) => calls.map((c) => c.statements.length)
    expect(shape(popular.calls)).toEqual(shape(quiet.calls))
    const fanOut = (await statementOf((db) => fanOutComment(db, 1, Date.now()).run())).sql
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
})
