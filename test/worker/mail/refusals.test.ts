// A recipient refused for good (Cloudflare's E_RECIPIENT_SUPPRESSED, a local bounce… address): the mail fails at once
// with no retry, the address becomes 'bounced' on every thread it follows, and its other waiting mails are cancelled.
import { describe, expect, it } from 'vitest'
import { confirmFollower } from '../../../worker/db/followers'
import { publishWithoutQueue, runQueue, watchSends } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows, refusalsOf } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'
import { newThreadKey, uniqueEmail, uniqueEmails } from '../support/ids'

/** A thread with three followers, and a second thread the first of them also follows. */
async function twoThreads(first: string) {
  const site = await seedSite()
  const [a, b] = [newThreadKey(), newThreadKey()]
  const others = uniqueEmails(2)
  await seedFollowers(await seedThread(site, a), [first, ...others])
  await seedFollowers(await seedThread(site, b), [first])
  return { site, a, b, others }
}

/** A send_email binding that refuses `to` as Cloudflare refuses a suppressed address. */
function suppressing(address: string) {
  const sends = watchSends()
  const send = sends.env.EMAIL.send.bind(sends.env.EMAIL)
  const EMAIL: SendEmail = {
    send: (message: EmailMessage | EmailMessageBuilder) => {
      if ((message as { to?: string }).to === address)
        return Promise.reject(Object.assign(new Error('recipient is suppressed'), { code: 'E_RECIPIENT_SUPPRESSED' }))
      return send(message as EmailMessageBuilder)
    },
  }
  return { ...sends, env: { ...sends.env, EMAIL } }
}

describe('a recipient refused for good', () => {
  it('fails the mail at once, bounces the address on every thread, and cancels its other waiting mail', async () => {
    const gone = uniqueEmail('gone')
    const { site, a, b, others } = await twoThreads(gone)
    const { env, sentTo } = suppressing(gone)
    const first = await publishWithoutQueue(site, a, { name: 'Eve', email: null })
    const waiting = await publishWithoutQueue(site, b, { name: 'Eve', email: null })

    const rounds = await runQueue(first.outboxIds, Date.now(), env)
    expect(rounds).toHaveLength(1)
    expect(rounds[0]!.result.retryMessages).toEqual([])
    const rows = await outboxRows('comment_id = ?', first.commentId)
    expect(rows.map((r) => [r.recipient, r.state, r.attempts])).toEqual([
      [gone, 'failed', 1],
      [others[0], 'sent', 1],
      [others[1], 'sent', 1],
    ])
    expect(rows[0]!.last_error).toContain('E_RECIPIENT_SUPPRESSED')
    expect(await refusalsOf(gone)).toEqual([
      ['unsubscribed', 'bounced', expect.stringContaining('E_RECIPIENT_SUPPRESSED')],
      ['unsubscribed', 'bounced', expect.stringContaining('E_RECIPIENT_SUPPRESSED')],
    ])
    expect((await outboxRows('comment_id = ?', waiting.commentId)).map((r) => r.state)).toEqual(['cancelled'])
    for (const other of others) expect(sentTo(other)).toBe(1)
  })

  it('queues nothing more for a bounced address when the next comment comes', async () => {
    const gone = uniqueEmail('gone')
    const { site, a, others } = await twoThreads(gone)
    const { env } = suppressing(gone)
    await runQueue((await publishWithoutQueue(site, a, { name: 'Eve', email: null })).outboxIds, Date.now(), env)
    const next = await publishWithoutQueue(site, a, { name: 'Eve', email: null })
    expect((await outboxRows('comment_id = ?', next.commentId)).map((r) => r.recipient)).toEqual(others)
  })

  it('retries a refusal that is not about the recipient (a rate limit), as any passing failure', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const [reader] = uniqueEmails(1)
    await seedFollowers(await seedThread(site, thread), [reader!])
    const limited: SendEmail = {
      send: () => Promise.reject(Object.assign(new Error('slow down'), { code: 'E_RATE_LIMIT_EXCEEDED' })),
    }
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    const rounds = await runQueue(outboxIds, Date.now(), { ...testEnv, EMAIL: limited }, 1)
    expect(rounds[0]!.delays).toEqual([30])
    expect((await outboxRows('id = ?', outboxIds[0])).map((r) => r.state)).toEqual(['queued'])
    expect(await refusalsOf(reader!)).toEqual([['active', null, null]])
  })

  it('refuses a bounce… address in the local mailbox, so the path can be tried in the demo', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const bouncer = uniqueEmail('bounce')
    await seedFollowers(await seedThread(site, thread), [bouncer])
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await runQueue(outboxIds, Date.now())
    expect((await outboxRows('id = ?', outboxIds[0])).map((r) => r.state)).toEqual(['failed'])
    expect(await refusalsOf(bouncer)).toEqual([['unsubscribed', 'bounced', expect.stringContaining('local mailbox')]])
  })

  it('is forgotten once the reader follows again and confirms', async () => {
    const site = await seedSite()
    const bouncer = uniqueEmail('bounce')
    const [id] = await seedFollowers(await seedThread(site), [bouncer], 'pending')
    await testEnv.DB.prepare("UPDATE followers SET refusal = 'complained', refusal_reason = 'spam' WHERE id = ?")
      .bind(id)
      .run()
    expect(await confirmFollower(testEnv.DB, id!, Date.now())).toBe('active')
    expect(await refusalsOf(bouncer)).toEqual([['active', null, null]])
  })
})
