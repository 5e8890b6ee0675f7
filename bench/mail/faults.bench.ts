// Fault run: a 10,000-follower fan-out in which 10 % of the recipients are refused for good (the local mailbox refuses
// `bounce…@` as Email Service refuses a suppressed address). Exactly those rows must end 'failed' after one attempt,
// their followers 'bounced', nothing retried; every other recipient gets exactly one mail.
import { expect, it } from 'vitest'
import { listOverdueOutbox } from '../../worker/db/outbox-delivery'
import { publishWithoutQueue } from '../../test/worker/support/queue'
import { seedFollowers, seedSite, seedThread } from '../../test/worker/support/seed'
import { testEnv } from '../../test/worker/support/request'
import { count, countingEnv, drain, measured, report } from './drive'

const FOLLOWERS = 10_000

it('fails exactly the refused 10 %, at once, and sends everyone else one mail', async () => {
  const site = await seedSite()
  const thread = '/fault-run'
  const threadId = await seedThread(site, thread)
  const emails = Array.from({ length: FOLLOWERS }, (_, i) =>
    i % 10 === 0 ? `bounce${i}@example.com` : `reader${i}@example.com`,
  )
  for (let i = 0; i < FOLLOWERS; i += 1000) await seedFollowers(threadId, emails.slice(i, i + 1000))
  const refused = emails.filter((e) => e.startsWith('bounce'))

  const started = Date.now()
  const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
  const publishMs = Date.now() - started
  const { env, sent } = countingEnv()
  const run = await measured((calls) => drain(outboxIds, env, calls))

  const rows = (state: string) =>
    count('SELECT count(*) AS n FROM outbox WHERE comment_id = ? AND state = ?', commentId, state)
  const figures = {
    followers: FOLLOWERS,
    refusedAddresses: refused.length,
    publishMs,
    deliverMs: run.ms,
    retriedMessages: run.value,
    sent: await rows('sent'),
    failed: await rows('failed'),
    dead: await rows('dead'),
    queued: await rows('queued'),
    failedAfterOneAttempt: await count(
      "SELECT count(*) AS n FROM outbox WHERE comment_id = ? AND state = 'failed' AND attempts = 1",
      commentId,
    ),
    bouncedFollowers: await count(
      "SELECT count(*) AS n FROM followers WHERE thread_id = ? AND refusal = 'bounced' AND state = 'unsubscribed'",
      threadId,
    ),
    mailsToRefused: refused.reduce((n, e) => n + (sent.get(e) ?? 0), 0),
    recipientsWithOneMail: [...sent.values()].filter((n) => n === 1).length,
    recipientsWithMore: [...sent.values()].filter((n) => n > 1).length,
    redrivenAnHourLater: (await listOverdueOutbox(testEnv.DB, Date.now() + 3_600_000, 100_000)).length,
    d1: run.d1,
  }
  report('faults', figures)
  expect(figures).toMatchObject({
    retriedMessages: 0,
    sent: FOLLOWERS - refused.length,
    failed: refused.length,
    failedAfterOneAttempt: refused.length,
    bouncedFollowers: refused.length,
    mailsToRefused: 0,
    recipientsWithOneMail: FOLLOWERS - refused.length,
    recipientsWithMore: 0,
    redrivenAnHourLater: 0,
  })
})
