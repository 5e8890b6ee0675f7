// Digests at scale: a thread with 10,000 followers in digest mode and 50 new comments. The cron's build (one batch
// writing 10,000 digest rows) and the delivery of all of them (each rendered from its 50 comments): time and D1 rows.
import { expect, it } from 'vitest'
import { recordingDb } from '../../worker/db/recording'
import { writeDueDigests } from '../../worker/db/digests'
import { publishWithoutQueue } from '../../test/worker/support/queue'
import { seedFollowers, seedSite, seedThread } from '../../test/worker/support/seed'
import { testEnv } from '../../test/worker/support/request'
import { count, countingEnv, drain, measured, report } from './drive'

const FOLLOWERS = 10_000
const COMMENTS = 50

it('builds and delivers 10,000 digests of 50 comments each, one per follower', async () => {
  const site = await seedSite()
  const thread = '/digest-run'
  const threadId = await seedThread(site, thread)
  const emails = Array.from({ length: FOLLOWERS }, (_, i) => `digest${i}@example.com`)
  for (let i = 0; i < FOLLOWERS; i += 1000) await seedFollowers(threadId, emails.slice(i, i + 1000))
  await testEnv.DB.prepare("UPDATE followers SET delivery = 'digest' WHERE thread_id = ?").bind(threadId).run()

  const started = Date.now()
  for (let i = 1; i <= COMMENTS; i++) {
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, `Comment ${i}`)
    expect(outboxIds).toEqual([])
  }
  const postMs = (Date.now() - started) / COMMENTS

  const build = await measured((calls) => writeDueDigests(recordingDb(testEnv.DB, calls), Date.now()))
  const again = await writeDueDigests(testEnv.DB, Date.now())
  const { env, sent } = countingEnv()
  const delivery = await measured((calls) => drain(build.value, env, calls))
  const sample = await testEnv.DB.prepare('SELECT subject, text_body FROM outbox WHERE id = ?')
    .bind(build.value[0])
    .first<{ subject: string; text_body: string }>()

  const figures = {
    followers: FOLLOWERS,
    comments: COMMENTS,
    postMsEach: Math.round(postMs),
    buildMs: build.ms,
    buildD1: build.d1,
    digestsWritten: build.value.length,
    writtenByASecondRun: again.length,
    deliverMs: delivery.ms,
    deliverD1: delivery.d1,
    retriedMessages: delivery.value,
    sentDigests: await count(
      "SELECT count(*) AS n FROM outbox WHERE thread_id = ? AND state = 'sent' AND digest_through IS NOT NULL",
      threadId,
    ),
    recipientsWithOneMail: [...sent.values()].filter((n) => n === 1).length,
    commentsInADigest: (sample?.text_body.match(/^> Comment \d+$/gm) ?? []).length,
    subject: sample?.subject,
  }
  report('digests', figures)
  expect(figures).toMatchObject({
    digestsWritten: FOLLOWERS,
    writtenByASecondRun: 0,
    retriedMessages: 0,
    sentDigests: FOLLOWERS,
    recipientsWithOneMail: FOLLOWERS,
    commentsInADigest: COMMENTS,
  })
})
