// The queue consumer and the cron under faults: every mail arrives exactly once, or ends dead and visible.
import {
  createExecutionContext,
  createMessageBatch,
  createScheduledController,
  getQueueResult,
  waitOnExecutionContext,
} from 'cloudflare:test'
import { describe, expect, it, vi } from 'vitest'
import { app } from '../../worker/app'
import { claimOutbox } from '../../worker/db/outbox-sending'
import { isTokenSpent, spendToken } from '../../worker/db/spent-tokens'
import type { MailJob } from '../../worker/env'
import worker from '../../worker/index'
import { REDRIVE_AFTER_MS } from '../../worker/cron'
import { BACKOFF_SECONDS, LEASE_MS, MAX_ATTEMPTS, deliver } from '../../worker/mail/deliver'
import { BASE, ORIGIN, newThreadKey, seedSite, solvedChallenge, testEnv } from './helpers'
import {
  outboxRows,
  publishWithoutQueue,
  runQueue,
  seedFollowers,
  uniqueEmail,
  mailsTo,
  waitForMail,
  watchSends,
} from './mail-helpers'

let watching: ReturnType<typeof watchSends> | null = null

async function threadWithFollowers(count: number) {
  const site = await seedSite()
  const thread = newThreadKey()
  const emails = Array.from({ length: count }, (_, i) => uniqueEmail(`f${i}`))
  await seedFollowers(site, thread, emails)
  return { site, thread, emails }
}

const sentTo = (to: string) => watching!.delivered.filter((m) => m.to === to).length

describe('the mail queue consumer', () => {
  it('delivers every mail exactly once when the transport fails the first sends', async () => {
    const { site, thread, emails } = await threadWithFollowers(3)
    // The first address fails its first two sends, the second its first one, the third none.
    const failFirst = new Map([
      [emails[0]!, 2],
      [emails[1]!, 1],
    ])
    watching = watchSends((mail, attempt) => attempt <= (failFirst.get(mail.to) ?? 0))
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })

    const rounds = await runQueue(outboxIds, Date.now(), watching.env)
    expect(rounds.map((r) => r.delays)).toEqual([[BACKOFF_SECONDS[0], BACKOFF_SECONDS[0]], [BACKOFF_SECONDS[1]], []])
    for (const email of emails) expect(sentTo(email), email).toBe(1)
    const rows = await outboxRows('id IN (SELECT value FROM json_each(?))', JSON.stringify(outboxIds))
    expect(rows.map((r) => [r.recipient, r.state, r.attempts])).toEqual([
      [emails[0], 'sent', 3],
      [emails[1], 'sent', 2],
      [emails[2], 'sent', 1],
    ])
    expect(rows.every((r) => r.last_error === null)).toBe(true)
  })

  it('marks a permanently failing address dead after the last attempt, and the others still arrive', async () => {
    const { site, thread, emails } = await threadWithFollowers(3)
    const bouncing = emails[1]!
    watching = watchSends((mail) => mail.to === bouncing)
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })

    const rounds = await runQueue(outboxIds, Date.now(), watching.env)
    expect(rounds).toHaveLength(MAX_ATTEMPTS)
    expect(rounds.map((r) => r.delays)).toEqual([...BACKOFF_SECONDS.map((s) => [s]), []])
    // The last try is acked, not retried: the row is dead, and the message has nothing left to do.
    expect(rounds.at(-1)!.result.retryMessages).toEqual([])
    expect(rounds.at(-1)!.result.explicitAcks).toEqual([`msg-${outboxIds[1]}`])
    expect(sentTo(emails[0]!)).toBe(1)
    expect(sentTo(emails[2]!)).toBe(1)
    expect(sentTo(bouncing)).toBe(0)
    expect(await outboxRows('recipient = ?', bouncing)).toEqual([
      expect.objectContaining({
        state: 'dead',
        attempts: MAX_ATTEMPTS,
        last_error: `simulated failure for ${bouncing} (attempt ${MAX_ATTEMPTS})`,
      }),
    ])
  })

  it('sends nothing twice when the same message comes again after the mail went out', async () => {
    const { site, thread, emails } = await threadWithFollowers(1)
    watching = watchSends()
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    const now = Date.now()
    expect(await deliver(watching.env, outboxIds[0]!, now)).toEqual({ done: 'sent' })
    expect(await deliver(watching.env, outboxIds[0]!, now + 1000)).toEqual({ done: 'nothing_to_do' })
    expect(sentTo(emails[0]!)).toBe(1)
  })

  it('leaves a row alone while another sender holds it, and asks for the message again after the lease', async () => {
    const { site, thread, emails } = await threadWithFollowers(1)
    watching = watchSends()
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    const now = Date.now()
    await claimOutbox(testEnv.DB, outboxIds[0]!, now, now + LEASE_MS)
    expect(await deliver(watching.env, outboxIds[0]!, now + 1000)).toEqual({ retryInSeconds: LEASE_MS / 1000 - 1 })
    expect(sentTo(emails[0]!)).toBe(0)
    expect(await deliver(watching.env, outboxIds[0]!, now + LEASE_MS)).toEqual({ done: 'sent' })
    expect(sentTo(emails[0]!)).toBe(1)
  })

  it('acks a follower who left before the mail went out, and marks the row cancelled', async () => {
    const { site, thread, emails } = await threadWithFollowers(1)
    watching = watchSends()
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await testEnv.DB.prepare("UPDATE followers SET state = 'unsubscribed' WHERE email = ?").bind(emails[0]).run()
    const [round] = await runQueue(outboxIds, Date.now(), watching.env)
    expect(round!.result.explicitAcks).toEqual([`msg-${outboxIds[0]}`])
    expect(await outboxRows('id = ?', outboxIds[0])).toEqual([
      expect.objectContaining({ state: 'cancelled', last_error: 'follower is no longer active' }),
    ])
    expect(sentTo(emails[0]!)).toBe(0)
  })

  it("is the Worker's queue handler: acks what it delivered and a message it can never use", async () => {
    const { site, thread } = await threadWithFollowers(1)
    watching = watchSends()
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    const batch = createMessageBatch<MailJob>('parley-mail', [
      { id: 'good', timestamp: Date.now(), attempts: 1, body: { outboxId: outboxIds[0]! } },
      { id: 'malformed', timestamp: Date.now(), attempts: 1, body: { outboxId: 'x' } as unknown as MailJob },
    ])
    const ctx = createExecutionContext()
    await worker.queue(batch, testEnv, ctx)
    const result = await getQueueResult(batch, ctx)
    expect(result.retryMessages).toEqual([])
    expect(result.explicitAcks.sort()).toEqual(['good', 'malformed'])
  })
})

describe('the cron', () => {
  it('re-drives mail whose queue send failed after the D1 write, and the local queue then delivers it', async () => {
    const { site, thread, emails } = await threadWithFollowers(2)
    const brokenQueue: Queue<MailJob> = {
      send: () => Promise.reject(new Error('queue unavailable')),
      sendBatch: () => Promise.reject(new Error('queue unavailable')),
      metrics: () => Promise.reject(new Error('queue unavailable')),
    }
    const body = { site, thread, name: 'Eve', body: 'Hello', ...(await solvedChallenge(site)) }
    const ctx = createExecutionContext()
    const init = {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify(body),
    }
    const res = await app.request(`${BASE}/api/comments`, init, { ...testEnv, MAIL_QUEUE: brokenQueue }, ctx)
    await waitOnExecutionContext(ctx)
    expect(res.status).toBe(201)
    const { comment } = (await res.json()) as { comment: { id: number } }
    expect((await outboxRows('comment_id = ?', comment.id)).map((r) => r.state)).toEqual(['queued', 'queued'])

    // A cron run soon after leaves fresh rows to the queue; one past REDRIVE_AFTER_MS takes them back.
    const soon = createExecutionContext()
    await worker.scheduled(createScheduledController({ scheduledTime: Date.now() + 60_000 }), testEnv, soon)
    await waitOnExecutionContext(soon)
    expect((await outboxRows('comment_id = ?', comment.id)).map((r) => r.attempts)).toEqual([0, 0])
    const later = createExecutionContext()
    await worker.scheduled(
      createScheduledController({ scheduledTime: Date.now() + REDRIVE_AFTER_MS + 60_000 }),
      testEnv,
      later,
    )
    await waitOnExecutionContext(later)

    for (const email of emails) await waitForMail(email, /^New comment/)
    await vi.waitUntil(async () => (await outboxRows('comment_id = ?', comment.id)).every((r) => r.state === 'sent'), {
      timeout: 10_000,
    })
    for (const email of emails) expect(await mailsTo(email, /^New comment/)).toHaveLength(1)
  }, 30_000)

  it('deletes spent token ids past their expiry and stale rate-limit windows', async () => {
    const now = Date.now()
    const [expired, live] = [`challenge:${crypto.randomUUID()}`, `challenge:${crypto.randomUUID()}`]
    await testEnv.DB.batch([
      spendToken(testEnv.DB, expired, now - 1),
      spendToken(testEnv.DB, live, now + 600_000),
      testEnv.DB.prepare('INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, 1), (?, ?, 1)').bind(
        'old',
        now - 3600_000,
        'fresh',
        now,
      ),
    ])
    const ctx = createExecutionContext()
    await worker.scheduled(createScheduledController({ scheduledTime: now }), testEnv, ctx)
    expect(await isTokenSpent(testEnv.DB, expired)).toBe(false)
    expect(await isTokenSpent(testEnv.DB, live)).toBe(true)
    const { results } = await testEnv.DB.prepare("SELECT key FROM rate_limits WHERE key IN ('old', 'fresh')").all<{
      key: string
    }>()
    expect(results.map((r) => r.key)).toEqual(['fresh'])
  })
})
