// The Worker's log lines (worker/log.ts) for Workers Logs: one JSON line per 5xx answer, per failed mail attempt and
// per cron run, with ids and counts, never an address, a secret, a token or a comment's text.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../worker/app'
import { redact } from '../../worker/log'
import { deliver } from '../../worker/mail/deliver'
import { runCronAt } from './support/cron'
import { publishWithoutQueue, watchSends } from './support/queue'
import { buildRequest, testEnv } from './support/request'
import { seedFollowedThread } from './support/seed'

/** Every line the Worker wrote to the console while `run` ran, parsed. */
async function linesOf(run: () => unknown): Promise<Record<string, unknown>[]> {
  const written: string[] = []
  const capture = (...args: unknown[]) => void written.push(args.map(String).join(' '))
  vi.spyOn(console, 'log').mockImplementation(capture)
  vi.spyOn(console, 'error').mockImplementation(capture)
  await Promise.resolve()
    .then(run)
    .catch(() => undefined)
  return written.map((line) => JSON.parse(line) as Record<string, unknown>)
}

afterEach(() => vi.restoreAllMocks())

const SECRET_BODY = 'my very private comment text'

describe('redact', () => {
  it('replaces addresses and signed tokens, and keeps the line short', () => {
    expect(redact('550 mailbox ann.smit+x@example.co.uk unknown <bob@x.nl>')).toBe(
      '550 mailbox <address> unknown <<address>>',
    )
    expect(redact('bad token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlX2hlcmU')).toBe('bad token <token>')
    expect(redact('x'.repeat(1000))).toHaveLength(300)
  })
})

describe('a 5xx answer', () => {
  it('is one error line with the route and the error, and nothing a request carried', async () => {
    const app = createApp()
    app.get('/boom/:id', () => {
      throw new Error(`D1 broke on ann@example.com writing "${SECRET_BODY}" with ${testEnv.SIGNING_KEY}`)
    })
    const lines = await linesOf(() => app.fetch(buildRequest('/boom/7?token=abc.def.ghi'), testEnv))
    expect(lines).toEqual([
      {
        message: '[parley] http_5xx',
        event: 'http_5xx',
        status: 500,
        method: 'GET',
        route: '/boom/:id',
        path: '/boom/7',
        error: 'Error',
        detail: expect.stringContaining('D1 broke on <address>'),
      },
    ])
    const text = JSON.stringify(lines)
    for (const hidden of ['ann@example.com', 'token=', 'abc.def.ghi']) expect(text).not.toContain(hidden)
  })

  it('is not written for answers below 500', async () => {
    expect(await linesOf(() => createApp().fetch(buildRequest('/nowhere'), testEnv))).toEqual([])
  })
})

describe('a failed mail', () => {
  it('is one line per failed attempt: the row, its kind, the attempt and what comes next, the address redacted', async () => {
    const { site, thread, emails } = await seedFollowedThread(1)
    const { env } = watchSends(() => true)
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, SECRET_BODY)
    const id = outboxIds[0]!
    const lines = await linesOf(() => deliver(env, id, Date.now()))
    expect(lines).toEqual([
      {
        message: '[parley] mail_failed',
        event: 'mail_failed',
        outboxId: id,
        kind: 'notify',
        attempt: 1,
        outcome: 'retry',
        retryInSeconds: 30,
        error: 'Error',
        detail: 'simulated failure for <address> (attempt 1)',
      },
    ])
    const text = JSON.stringify(lines)
    expect(text).not.toContain(emails[0])
    expect(text).not.toContain(SECRET_BODY)
  })
})

describe('a cron run', () => {
  it('is one line with what it did', async () => {
    const lines = await linesOf(() => runCronAt(Date.now()))
    expect(lines).toEqual([
      {
        message: '[parley] cron_run',
        event: 'cron_run',
        ok: true,
        redrivenMails: expect.any(Number),
        sweptRateLimits: expect.any(Number),
        sweptTokens: expect.any(Number),
        purged: ['sentMailBodies=0', 'ipHashes=0', 'pendingFollowers=0', 'spam=0'],
        remindedFollowers: 0,
        digests: 0,
        failedTasks: [],
        errors: [],
        ms: expect.any(Number),
      },
    ])
  })

  it('is one error line naming the tasks that failed', async () => {
    // A mail that stayed queued, so the re-drive has something to put on the (broken) queue a day later.
    const { site, thread } = await seedFollowedThread(1)
    await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    const queue = { sendBatch: () => Promise.reject(new Error('queue down for bob@x.nl')) } as unknown as Queue
    const lines = await linesOf(() => runCronAt(Date.now() + 24 * 60 * 60 * 1000, { ...testEnv, MAIL_QUEUE: queue }))
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatchObject({
      event: 'cron_run',
      ok: false,
      failedTasks: ['redrive_mail'],
      errors: ['redrive_mail: queue down for <address>'],
    })
  })
})
