// A follower who has not confirmed gets one reminder a week after asking (PENDING_REMINDER_DAYS), never a second, and
// is dropped after 30 days (PENDING_FOLLOWER_DAYS); the owner's figures read through indexes.
import { describe, expect, it } from 'vitest'
import { getMailHealth } from '../../worker/db/mail-health'
import { type D1Call, recordingDb } from '../../worker/db/recording'
import { queueReminders } from '../../worker/db/reminders'
import { runCronAt } from './support/cron'
import { uniqueEmails } from './support/ids'
import { fullScans } from './support/query-plans'
import { testEnv } from './support/request'
import { followerState, outboxRows } from './support/rows'
import { seedFollowers, seedSite, seedThread } from './support/seed'

const DAY = 24 * 60 * 60 * 1000
const later = (days: number) => Date.now() + days * DAY + 60_000

describe('a follower who does not confirm', () => {
  it('gets one reminder after 7 days, none after it, and is dropped after 30', async () => {
    const threadId = await seedThread(await seedSite())
    const [email] = uniqueEmails(1)
    const [id] = await seedFollowers(threadId, [email!], 'pending')
    const reminders = () => outboxRows("kind = 'confirm' AND recipient = ?", email)
    await runCronAt(later(6))
    expect(await reminders()).toEqual([])
    await runCronAt(later(7))
    expect((await reminders()).length).toBe(1)
    await runCronAt(later(7) + 60 * 60 * 1000)
    await runCronAt(later(7.5))
    expect((await reminders()).length).toBe(1)
    await runCronAt(later(30))
    expect(await followerState(id!)).toBeNull()
  })

  it('gets a reminder only while pending', async () => {
    const threadId = await seedThread(await seedSite())
    const emails = uniqueEmails(2)
    await seedFollowers(threadId, emails.slice(0, 1), 'active')
    await seedFollowers(threadId, emails.slice(1), 'unsubscribed')
    expect(await queueReminders(testEnv, later(7))).toEqual([])
  })
})

describe('the owner’s figures and the reminders', () => {
  it('read followers and outbox through indexes, per thread and per site', async () => {
    const site = await seedSite()
    const threadId = await seedThread(site)
    const calls: D1Call[] = []
    const db = recordingDb(testEnv.DB, calls)
    await getMailHealth(db, { threadId }, Date.now())
    await getMailHealth(db, { siteId: site }, Date.now())
    await queueReminders({ ...testEnv, DB: db }, Date.now())
    expect(await fullScans(calls)).toEqual([])
  })
})
