// Daily digests (db/digests.ts, mail/render-digest.ts): a digest follower gets every comment since the last digest in
// one mail, at most once a day, exactly once across crashes; a very busy thread switches 'each' followers to digests
// for the rest of the day, and the mail says so.
import { describe, expect, it } from 'vitest'
import { endOfDay } from '../../../worker/db/digests'
import { runCronAt } from '../support/cron'
import { uniqueEmails } from '../support/ids'
import { publishWithoutQueue, runQueue, watchSends } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

const DAY = 24 * 60 * 60 * 1000
const db = testEnv.DB

/** A thread with one follower who chose digests and one who gets every comment. */
async function digestThread() {
  const site = await seedSite()
  const thread = `/digest-${crypto.randomUUID()}`
  const [digest, each] = uniqueEmails(2)
  const [id] = await seedFollowers(await seedThread(site, thread), [digest!, each!])
  await db.prepare("UPDATE followers SET delivery = 'digest' WHERE id = ?").bind(id).run()
  return { site, thread, digest: digest!, each: each! }
}

const digestRows = (email: string) => outboxRows("recipient = ? AND dedupe_key LIKE 'digest:%'", email)
const stored = (id: number) =>
  db
    .prepare('SELECT subject, text_body AS text FROM outbox WHERE id = ?')
    .bind(id)
    .first<{ subject: string; text: string }>()

describe('a digest follower', () => {
  it('gets no mail per comment, then one digest with every comment in thread order, and none twice', async () => {
    const { site, thread, digest, each } = await digestThread()
    for (const body of ['First', 'Second', 'Third']) {
      const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, body)
      expect(outboxIds).toHaveLength(1)
    }
    expect((await outboxRows('recipient = ?', each)).length).toBe(3)
    const t = Date.now()
    await runCronAt(t)
    await runCronAt(t + 1000)
    const rows = await digestRows(digest)
    expect(rows).toHaveLength(1)
    const sends = watchSends()
    await runQueue([rows[0]!.id], t + 2000, sends.env)
    expect(sends.sentTo(digest)).toBe(1)
    const mail = (await stored(rows[0]!.id))!
    expect(mail.subject).toMatch(/^3 new comments on "/)
    expect(mail.text.indexOf('> First')).toBeLessThan(mail.text.indexOf('> Second'))
    expect(mail.text.indexOf('> Second')).toBeLessThan(mail.text.indexOf('> Third'))
    expect(mail.text.match(/\/unsubscribe\?token=/g)).toHaveLength(1)
  })

  it('waits a day for the next one, which holds only what came since', async () => {
    const { site, thread, digest } = await digestThread()
    await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, 'Old news')
    const t = Date.now()
    await runCronAt(t)
    await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, 'Fresh news')
    await runCronAt(t + DAY - 60_000)
    expect(await digestRows(digest)).toHaveLength(1)
    await runCronAt(t + DAY)
    const rows = await digestRows(digest)
    expect(rows).toHaveLength(2)
    await runQueue([rows[1]!.id], t + DAY)
    const mail = (await stored(rows[1]!.id))!
    expect(mail.text).toContain('> Fresh news')
    expect(mail.text).not.toContain('Old news')
  })

  it('keeps a digest exactly as rendered when the send fails after the rendering, and sends it once', async () => {
    const { site, thread, digest } = await digestThread()
    await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, 'Before the crash')
    const t = Date.now()
    await runCronAt(t)
    const [row] = await digestRows(digest)
    const crashing = watchSends((_mail, attempt) => attempt === 1)
    const rounds = await runQueue([row!.id], t, crashing.env, 1)
    expect(rounds[0]!.delays).toEqual([30])
    const first = await stored(row!.id)
    await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, 'After the crash')
    await runQueue([row!.id], t + 30_000, crashing.env)
    expect(await stored(row!.id)).toEqual(first)
    expect(first!.text).not.toContain('After the crash')
    expect(crashing.sentTo(digest)).toBe(1)
  })
})

describe('a very busy thread', () => {
  it('switches a follower to a digest for the rest of the day after 20 mails in an hour, and says so', async () => {
    const site = await seedSite()
    const thread = `/busy-${crypto.randomUUID()}`
    const [reader] = uniqueEmails(1)
    await seedFollowers(await seedThread(site, thread), [reader!])
    for (let i = 1; i <= 23; i++) await publishWithoutQueue(site, thread, { name: 'Eve', email: null }, `Comment ${i}`)
    const single = (await outboxRows('recipient = ?', reader)).filter((r) => r.comment_id !== null)
    expect(single).toHaveLength(20)
    await runCronAt(Date.now() + 60_000)
    expect(await digestRows(reader!)).toEqual([])
    await runCronAt(endOfDay(Date.now()))
    const [row] = await digestRows(reader!)
    await runQueue([row!.id], endOfDay(Date.now()))
    const mail = (await stored(row!.id))!
    expect(mail.subject).toMatch(/^3 new comments/)
    expect(mail.text).toContain('very busy')
    expect(mail.text).toContain('> Comment 21')
    // The day is over: back to a mail per comment (until the thread is that busy again).
    const until = await db
      .prepare('SELECT digest_until FROM followers WHERE email = ?')
      .bind(reader)
      .first('digest_until')
    expect(until).toBeNull()
  })
})
