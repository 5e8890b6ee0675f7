// What the owner sees of the follower list as it is (admin/mail-health.ts, the follower list and its CSV): who is not
// receiving and why, the confirmation rate, the last 30 days of mail, and a warning when bounces or dead mail rise.
import { describe, expect, it } from 'vitest'
import type { AdminFollower, MailHealth, Page } from '../../../worker/admin-types'
import { refuseAddress } from '../../../worker/db/refusals'
import { adminJson, adminRequest, signIn } from '../support/admin'
import { uniqueEmail, uniqueEmails } from '../support/ids'
import { testEnv } from '../support/request'
import { seedComments, seedFollowers, seedOutbox, seedSite, seedThread } from '../support/seed'

const db = testEnv.DB

async function refuse(email: string, refusal: 'bounced' | 'complained', reason: string) {
  await db.batch(refuseAddress(db, { emailNormalized: email, refusal, reason, exceptId: null }, Date.now()))
}

/** A thread with 2 active followers, one pending, one who left, one bounced and one who complained. */
async function followedThread() {
  const site = await seedSite()
  const threadId = await seedThread(site)
  const [bounced, complained] = [uniqueEmail('bounced'), uniqueEmail('complained')]
  await seedFollowers(threadId, [...uniqueEmails(2), bounced, complained])
  await seedFollowers(threadId, uniqueEmails(1), 'pending')
  await seedFollowers(threadId, uniqueEmails(1), 'unsubscribed')
  await refuse(bounced, 'bounced', 'E_RECIPIENT_SUPPRESSED: suppressed')
  await refuse(complained, 'complained', 'marked as spam by the recipient')
  return { site, threadId, bounced, complained }
}

const health = async (query: string) =>
  (await adminJson<{ health: MailHealth }>(await signIn(), `/api/admin/mail-health?${query}`)).health

describe('GET /api/admin/mail-health', () => {
  it('counts a thread’s followers by state, with the confirmation rate and a warning for the complaint', async () => {
    const { site, threadId } = await followedThread()
    const [comment] = await seedComments(threadId, 1)
    for (const state of ['sent', 'sent', 'failed', 'dead']) await seedOutbox(comment!, 'x@example.com', state, 1, '')
    expect(await health(`site=${site}&thread=${threadId}`)).toEqual({
      followers: { pending: 1, active: 2, unsubscribed: 1, bounced: 1, complained: 1 },
      oldestPendingAt: expect.any(String),
      confirmationRate: 3 / 6,
      mails30Days: { sent: 2, failed: 1, dead: 1 },
      warning: 'complaints',
    })
  })

  it('warns when undeliverable mail rises, and is quiet for a site where mail goes out', async () => {
    const site = await seedSite()
    const threadId = await seedThread(site)
    await seedFollowers(threadId, uniqueEmails(3))
    const [comment] = await seedComments(threadId, 1)
    expect((await health(`site=${site}`)).warning).toBeNull()
    for (const state of ['sent', 'dead', 'dead', 'failed']) await seedOutbox(comment!, 'x@example.com', state, 1, '')
    const h = await health(`site=${site}`)
    expect(h.warning).toBe('undeliverable')
    expect(h.followers.active).toBe(3)
  })

  it('answers 404 for a thread of another site, and 400 without a site', async () => {
    const { threadId } = await followedThread()
    const other = await seedSite()
    const cookie = await signIn()
    expect((await adminRequest(`/api/admin/mail-health?site=${other}&thread=${threadId}`, { cookie })).status).toBe(404)
    expect((await adminRequest('/api/admin/mail-health', { cookie })).status).toBe(400)
  })
})

describe('the follower list of a thread', () => {
  it('shows a refused follower as bounced or complained, with the reason and the date', async () => {
    const { threadId, bounced, complained } = await followedThread()
    const page = await adminJson<Page<AdminFollower>>(await signIn(), `/api/admin/threads/${threadId}/followers`)
    const refused = page.items.filter((f) => f.reason !== null)
    expect(refused.map((f) => [f.email, f.state, f.reason, typeof f.refusedAt])).toEqual([
      [complained, 'complained', 'marked as spam by the recipient', 'string'],
      [bounced, 'bounced', 'E_RECIPIENT_SUPPRESSED: suppressed', 'string'],
    ])
  })

  it('exports state and reason in the CSV', async () => {
    const { threadId, bounced } = await followedThread()
    const res = await adminRequest(`/api/admin/threads/${threadId}/followers.csv`, { cookie: await signIn() })
    const line = (await res.text()).split('\r\n').find((l) => l.startsWith(`"${bounced}"`))
    expect(line).toMatch(new RegExp(`^"${bounced}","bounced","E_RECIPIENT_SUPPRESSED: suppressed","\\d{4}-`))
  })
})
