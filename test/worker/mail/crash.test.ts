// A sender that dies costs a mail at most about two minutes, and never a second copy: the crash after the claim, after
// the batch and after the provider accepted the mail, each followed by the cron that runs every minute.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { claimOutbox } from '../../../worker/db/outbox-sending'
import type { Env, MailJob } from '../../../worker/env'
import { deliver } from '../../../worker/mail/deliver'
import { LEASE_MS, RENEW_EVERY_MS } from '../../../worker/mail/lease'
import { runCronAt } from '../support/cron'
import { publishWithoutQueue, runQueue, watchSends } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedFollowedThread } from '../support/seed'

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

/** One mail written but not sent, a watched binding, and a queue that only records what the cron re-drives. */
async function oneMail() {
  const { site, thread, emails } = await seedFollowedThread(1)
  const sends = watchSends()
  const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
  const redriven: number[] = []
  const metadata = { metrics: { backlogCount: 0, backlogBytes: 0 } }
  const MAIL_QUEUE: Queue<MailJob> = {
    send: async (job) => (redriven.push(job.outboxId), { metadata }),
    sendBatch: async (jobs) => (redriven.push(...[...jobs].map((j) => j.body.outboxId)), { metadata }),
    metrics: () => Promise.reject(new Error('not used')),
  }
  const env: Env = { ...sends.env, MAIL_QUEUE }
  return { id: outboxIds[0]!, env, sent: () => sends.sentTo(emails[0]!), redriven }
}

/** A D1 binding on which the "sent" mark never lands: the Worker died right after the provider took the mail. */
function losingTheSentMark(db: D1Database): D1Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare')
        return (sql: string) =>
          sql.includes("state = 'sent'")
            ? { bind: () => ({ run: () => Promise.reject(new Error('the Worker was killed')) }) }
            : target.prepare(sql)
      const value = Reflect.get(target, prop) as unknown
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}

describe('a sender that crashes', () => {
  it('after the claim: the cron re-drives the row within two minutes, and it is sent once', async () => {
    const { id, env, sent, redriven } = await oneMail()
    const t = Date.now()
    await claimOutbox(testEnv.DB, id, t, t + LEASE_MS)
    await runCronAt(t + 59_000, env)
    expect(redriven).toEqual([])
    await runCronAt(t + 60_000, env)
    expect(redriven).toEqual([id])
    await runQueue(redriven, t + 60_000, env)
    await runQueue(redriven, t + 61_000, env)
    expect(sent()).toBe(1)
  })

  it('after the batch (the acks lost): the redelivered message and the cron send nothing again', async () => {
    const { id, env, sent, redriven } = await oneMail()
    const t = Date.now()
    await runQueue([id], t, env)
    await runQueue([id], t + 1_000, env)
    await runCronAt(t + 120_000, env)
    expect(redriven).toEqual([])
    expect(sent()).toBe(1)
  })

  it('after Resend accepted the mail: the retry carries the same Idempotency-Key, so Resend sends it once', async () => {
    const { id, env, redriven } = await oneMail()
    const keys: string[] = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      keys.push(new Headers(init?.headers).get('Idempotency-Key')!)
      return Response.json({ id: 're_1' })
    })
    const resend: Env = { ...env, MAIL_TRANSPORT: 'resend', RESEND_API_KEY: 're_test' }
    const t = Date.now()
    await expect(deliver({ ...resend, DB: losingTheSentMark(testEnv.DB) }, id, t)).rejects.toThrow('killed')
    await runCronAt(t + 60_000, resend)
    expect(redriven).toEqual([id])
    expect(await deliver(resend, id, t + 60_000)).toEqual({ done: 'sent' })
    expect(keys).toEqual([`parley-outbox-${id}`, `parley-outbox-${id}`])
    // Resend drops a second request with a key it has seen within 24 hours: one mail reaches the reader.
    expect(new Set(keys).size).toBe(1)
  })
})

describe('a sender that lives', () => {
  it('renews its lease while a slow send runs, so no second sender takes the row', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const { id, env, sent } = await oneMail()
    let release = () => {}
    const slow: SendEmail = {
      send: async (message: EmailMessage | EmailMessageBuilder) => {
        await new Promise<void>((resolve) => (release = resolve))
        return env.EMAIL.send(message as EmailMessageBuilder)
      },
    }
    const t = Date.now()
    const first = deliver({ ...env, EMAIL: slow }, id, t)
    await vi.waitUntil(async () => (await outboxRows('id = ?', id))[0]!.attempts === 1)
    await vi.advanceTimersByTimeAsync(3 * RENEW_EVERY_MS)
    const leaseEnd = t + 3 * RENEW_EVERY_MS + LEASE_MS
    await vi.waitUntil(async () => (await nextAttemptAt(id)) === leaseEnd)
    expect(await deliver(env, id, t + LEASE_MS + 5_000)).toEqual({
      retryInSeconds: (leaseEnd - t - LEASE_MS - 5_000) / 1000,
    })
    release()
    expect(await first).toEqual({ done: 'sent' })
    expect(sent()).toBe(1)
  })
})

const nextAttemptAt = (id: number) =>
  testEnv.DB.prepare('SELECT next_attempt_at FROM outbox WHERE id = ?').bind(id).first<number>('next_attempt_at')
