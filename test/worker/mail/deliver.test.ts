// Delivering one outbox row (mail/deliver.ts) at a given time: a claimed row is sent once, and a row another sender
// holds is left alone until its lease ends.
import { describe, expect, it } from 'vitest'
import { claimOutbox } from '../../../worker/db/outbox-sending'
import { deliver } from '../../../worker/mail/deliver'
import { LEASE_MS } from '../../../worker/mail/lease'
import { publishWithoutQueue, watchSends } from '../support/queue'
import { testEnv } from '../support/request'
import { seedFollowedThread } from '../support/seed'

/** One mail to one follower, written but not sent, and a watched send_email binding. */
async function oneMail() {
  const { site, thread, emails } = await seedFollowedThread(1)
  const sends = watchSends()
  const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
  return { id: outboxIds[0]!, sent: () => sends.sentTo(emails[0]!), env: sends.env }
}

describe('deliver', () => {
  it('sends nothing twice when the same message comes again after the mail went out', async () => {
    const { id, sent, env } = await oneMail()
    const now = Date.now()
    expect(await deliver(env, id, now)).toEqual({ done: 'sent' })
    expect(await deliver(env, id, now + 1000)).toEqual({ done: 'nothing_to_do' })
    expect(sent()).toBe(1)
  })

  it('leaves a row alone while another sender holds it, and asks for the message again after the lease', async () => {
    const { id, sent, env } = await oneMail()
    const now = Date.now()
    await claimOutbox(testEnv.DB, id, now, now + LEASE_MS)
    expect(await deliver(env, id, now + 1000)).toEqual({ retryInSeconds: LEASE_MS / 1000 - 1 })
    expect(sent()).toBe(0)
    expect(await deliver(env, id, now + LEASE_MS)).toEqual({ done: 'sent' })
    expect(sent()).toBe(1)
  })
})
