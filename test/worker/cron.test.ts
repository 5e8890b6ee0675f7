// The cron (worker/cron.ts), run at chosen times: it re-drives mail whose queue message was lost, and sweeps expired
// token ids and stale rate-limit windows.
import { describe, expect, it, vi } from 'vitest'
import { REDRIVE_AFTER_MS } from '../../worker/cron'
import { isTokenSpent, spendToken } from '../../worker/db/spent-tokens'
import type { MailJob } from '../../worker/env'
import { solvedChallenge } from './support/api'
import { runCronAt } from './support/cron'
import { mailsTo, waitForMail } from './support/mailbox'
import { request, testEnv } from './support/request'
import { outboxRows } from './support/rows'
import { seedFollowedThread, seedRateLimits } from './support/seed'

describe('runCron', () => {
  it('re-drives mail whose queue send failed after the D1 write, and the local queue then delivers it', async () => {
    const { site, thread, emails } = await seedFollowedThread(2)
    const brokenQueue: Queue<MailJob> = {
      send: () => Promise.reject(new Error('queue unavailable')),
      sendBatch: () => Promise.reject(new Error('queue unavailable')),
      metrics: () => Promise.reject(new Error('queue unavailable')),
    }
    const res = await request('/api/comments', {
      method: 'POST',
      json: { site, thread, name: 'Eve', body: 'Hello', ...(await solvedChallenge(site)) },
      env: { ...testEnv, MAIL_QUEUE: brokenQueue },
    })
    expect(res.status).toBe(201)
    const { comment } = (await res.json()) as { comment: { id: number } }
    expect((await outboxRows('comment_id = ?', comment.id)).map((r) => r.state)).toEqual(['queued', 'queued'])

    // A cron run soon after leaves fresh rows to the queue; one past REDRIVE_AFTER_MS takes them back.
    await runCronAt(Date.now() + 60_000)
    expect((await outboxRows('comment_id = ?', comment.id)).map((r) => r.attempts)).toEqual([0, 0])
    await runCronAt(Date.now() + REDRIVE_AFTER_MS + 60_000)

    for (const email of emails) await waitForMail(email, /^New comment/)
    await vi.waitUntil(async () => (await outboxRows('comment_id = ?', comment.id)).every((r) => r.state === 'sent'), {
      timeout: 10_000,
    })
    for (const email of emails) expect(await mailsTo(email, /^New comment/)).toHaveLength(1)
  }, 30_000)

  it('deletes spent token ids past their expiry and stale rate-limit windows', async () => {
    const now = Date.now()
    const [expired, live] = [`challenge:${crypto.randomUUID()}`, `challenge:${crypto.randomUUID()}`]
    await testEnv.DB.batch([spendToken(testEnv.DB, expired, now - 1), spendToken(testEnv.DB, live, now + 600_000)])
    await seedRateLimits({ old: now - 3600_000, fresh: now })
    await runCronAt(now)
    expect(await isTokenSpent(testEnv.DB, expired)).toBe(false)
    expect(await isTokenSpent(testEnv.DB, live)).toBe(true)
    const { results } = await testEnv.DB.prepare("SELECT key FROM rate_limits WHERE key IN ('old', 'fresh')").all<{
      key: string
    }>()
    expect(results.map((r) => r.key)).toEqual(['fresh'])
  })
})
