// The cron's purges (db/retention.ts), one test each: what is older than its setting goes, what is younger stays, and
// each purge reads its rows through an index.
import { describe, expect, it } from 'vitest'
import { type D1Call, recordingDb } from '../../worker/db/recording'
import { purgeExpired, retentionDays } from '../../worker/db/retention'
import { runCronAt } from './support/cron'
import { publishWithoutQueue, runQueue } from './support/queue'
import { fullScans } from './support/query-plans'
import { testEnv } from './support/request'
import { outboxRows } from './support/rows'
import { seedComments, seedFollowedThread, seedFollowers, seedSite, seedThread } from './support/seed'
import { uniqueEmails } from './support/ids'

const DAY = 24 * 60 * 60 * 1000
const db = testEnv.DB
const later = (days: number) => Date.now() + days * DAY + 60_000

const column = (table: string, col: string, id: number) =>
  db.prepare(`SELECT ${col} AS v FROM ${table} WHERE id = ?`).bind(id).first<unknown>('v')

describe('the cron purges', () => {
  it('the text and HTML of mails sent more than 30 days ago, keeping subject and state', async () => {
    const { site, thread } = await seedFollowedThread(1)
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await runQueue(outboxIds, Date.now())
    const id = outboxIds[0]!
    await runCronAt(later(29))
    expect(await column('outbox', 'html_body', id)).not.toBeNull()
    await runCronAt(later(30))
    expect([await column('outbox', 'html_body', id), await column('outbox', 'text_body', id)]).toEqual([null, null])
    expect(await column('outbox', 'subject', id)).toMatch(/New comment/)
    expect((await outboxRows('id = ?', id)).map((r) => r.state)).toEqual(['sent'])
  })

  it('the IP hashes of comments older than 90 days', async () => {
    const { site, thread } = await seedFollowedThread(0)
    const { commentId } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await runCronAt(later(89))
    expect(await column('comments', 'ip_hash', commentId)).toBe('test')
    await runCronAt(later(90))
    expect(await column('comments', 'ip_hash', commentId)).toBeNull()
  })

  it('followers who did not confirm within 30 days, keeping their mails in the log', async () => {
    const threadId = await seedThread(await seedSite())
    const [pending, active] = await Promise.all([
      seedFollowers(threadId, uniqueEmails(1), 'pending'),
      seedFollowers(threadId, uniqueEmails(1), 'active'),
    ])
    await runCronAt(later(29))
    expect(await column('followers', 'id', pending[0]!)).toBe(pending[0])
    await runCronAt(later(30))
    expect(await column('followers', 'id', pending[0]!)).toBeNull()
    expect(await column('followers', 'id', active[0]!)).toBe(active[0])
  })

  it('spam older than 90 days that nobody answered', async () => {
    const threadId = await seedThread(await seedSite())
    const [alone, answered, reply] = await seedComments(threadId, 3)
    await db.prepare('UPDATE comments SET parent_id = ? WHERE id = ?').bind(answered, reply).run()
    await db.prepare("UPDATE comments SET status = 'spam' WHERE id IN (?, ?)").bind(alone, answered).run()
    await runCronAt(later(89))
    expect(await column('comments', 'id', alone!)).toBe(alone)
    await runCronAt(later(90))
    expect(await column('comments', 'id', alone!)).toBeNull()
    expect(await column('comments', 'id', answered!)).toBe(answered)
  })

  it('keeps rows as long as a setting says, and falls back to the default for a bad one', () => {
    expect(retentionDays({ ...testEnv, RETAIN_SPAM_DAYS: '7' }, 'spam')).toBe(7)
    expect(retentionDays({ ...testEnv, RETAIN_SPAM_DAYS: 'soon' }, 'spam')).toBe(90)
    expect(retentionDays({ ...testEnv, RETAIN_SENT_MAIL_DAYS: '' }, 'sentMailBodies')).toBe(30)
  })

  it('reads every table through an index', async () => {
    const calls: D1Call[] = []
    await purgeExpired({ ...testEnv, DB: recordingDb(db, calls) }, Date.now())
    expect(calls.flatMap((c) => c.statements)).toHaveLength(6)
    expect(await fullScans(calls)).toEqual([])
  })
})
