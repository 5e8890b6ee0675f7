// The MAIL_QUEUE consumer (mail/consumer.ts) under faults: every mail arrives exactly once, or ends dead and visible;
// a message that can never succeed is acked, never retried forever.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { MailJob } from '../../../worker/env'
import worker from '../../../worker/index'
import { BACKOFF_SECONDS, MAX_ATTEMPTS } from '../../../worker/mail/deliver'
import { publishWithoutQueue, runQueue, watchSends } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedFollowedThread } from '../support/seed'

const publish = (site: string, thread: string) => publishWithoutQueue(site, thread, { name: 'Eve', email: null })

describe('consumeMailBatch', () => {
  it('delivers every mail exactly once when the transport fails the first sends', async () => {
    const { site, thread, emails } = await seedFollowedThread(3)
    // The first address fails its first two sends, the second its first one, the third none.
    const failFirst = new Map([
      [emails[0]!, 2],
      [emails[1]!, 1],
    ])
    const sends = watchSends((mail, attempt) => attempt <= (failFirst.get(mail.to) ?? 0))
    const { outboxIds } = await publish(site, thread)

    const rounds = await runQueue(outboxIds, Date.now(), sends.env)
    expect(rounds.map((r) => r.delays)).toEqual([[BACKOFF_SECONDS[0], BACKOFF_SECONDS[0]], [BACKOFF_SECONDS[1]], []])
    for (const email of emails) expect(sends.sentTo(email), email).toBe(1)
    const rows = await outboxRows('id IN (SELECT value FROM json_each(?))', JSON.stringify(outboxIds))
    expect(rows.map((r) => [r.recipient, r.state, r.attempts])).toEqual([
      [emails[0], 'sent', 3],
      [emails[1], 'sent', 2],
      [emails[2], 'sent', 1],
    ])
    expect(rows.every((r) => r.last_error === null)).toBe(true)
  })

  it('marks a permanently failing address dead after the last attempt, and the others still arrive', async () => {
    const { site, thread, emails } = await seedFollowedThread(3)
    const bouncing = emails[1]!
    const sends = watchSends((mail) => mail.to === bouncing)
    const { outboxIds } = await publish(site, thread)

    const rounds = await runQueue(outboxIds, Date.now(), sends.env)
    expect(rounds).toHaveLength(MAX_ATTEMPTS)
    expect(rounds.map((r) => r.delays)).toEqual([...BACKOFF_SECONDS.map((s) => [s]), []])
    // The last try is acked, not retried: the row is dead, and the message has nothing left to do.
    expect(rounds.at(-1)!.result.retryMessages).toEqual([])
    expect(rounds.at(-1)!.result.explicitAcks).toEqual([`msg-${outboxIds[1]}`])
    expect(sends.sentTo(emails[0]!)).toBe(1)
    expect(sends.sentTo(emails[2]!)).toBe(1)
    expect(sends.sentTo(bouncing)).toBe(0)
    expect(await outboxRows('recipient = ?', bouncing)).toEqual([
      expect.objectContaining({
        state: 'dead',
        attempts: MAX_ATTEMPTS,
        last_error: `simulated failure for ${bouncing} (attempt ${MAX_ATTEMPTS})`,
      }),
    ])
  })

  it('acks a follower who left before the mail went out, and marks the row cancelled', async () => {
    const { site, thread, emails } = await seedFollowedThread(1)
    const sends = watchSends()
    const { outboxIds } = await publish(site, thread)
    await testEnv.DB.prepare("UPDATE followers SET state = 'unsubscribed' WHERE email = ?").bind(emails[0]).run()
    const [round] = await runQueue(outboxIds, Date.now(), sends.env)
    expect(round!.result.explicitAcks).toEqual([`msg-${outboxIds[0]}`])
    expect(await outboxRows('id = ?', outboxIds[0])).toEqual([
      expect.objectContaining({ state: 'cancelled', last_error: 'follower is no longer active' }),
    ])
    expect(sends.sentTo(emails[0]!)).toBe(0)
  })

  it("is the Worker's queue handler: acks what it delivered and a message it can never use", async () => {
    const { site, thread } = await seedFollowedThread(1)
    const { outboxIds } = await publish(site, thread)
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
