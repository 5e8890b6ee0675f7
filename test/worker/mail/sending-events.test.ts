// Cloudflare Email Sending's events, from their queue (mail/sending-events.ts): a hard bounce, a suppressed address and
// a complaint stop the address on every thread, once per event; soft bounces, deliveries and junk change nothing.
import { createExecutionContext, createMessageBatch, getQueueResult } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import worker from '../../../worker/index'
import { SENDING_EVENTS_QUEUE } from '../../../worker/mail/sending-events'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { testEnv } from '../support/request'
import { refusalsOf } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

/** An event as the docs show it (cf.email.sending.message.*), for `recipient`. */
function sendingEvent(kind: string, recipient: string, extra: Record<string, unknown> = {}) {
  return {
    type: `cf.email.sending.message.${kind}`,
    source: { type: 'email.sending', zoneId: '023e105f4ecef8ad9ca31a8372d0c353', domain: 'example.com' },
    payload: { eventId: crypto.randomUUID(), messageId: 'm1', sender: 'comments@example.com', recipient, ...extra },
    metadata: { eventSchemaVersion: 1, eventTimestamp: new Date().toISOString() },
  }
}

/** Delivers the bodies as one batch of the events queue to the Worker's own queue handler. */
async function deliver(...bodies: unknown[]) {
  const messages = bodies.map((body, i) => ({ id: `m${i}`, timestamp: new Date(), attempts: 1, body }))
  const batch = createMessageBatch(SENDING_EVENTS_QUEUE, messages)
  const ctx = createExecutionContext()
  await worker.queue(batch, testEnv, ctx)
  return getQueueResult(batch, ctx)
}

/** An address that follows two threads of a site. */
async function follower(name: string) {
  const email = uniqueEmail(name)
  const site = await seedSite()
  for (const key of [newThreadKey(), newThreadKey()]) await seedFollowers(await seedThread(site, key), [email])
  return email
}

describe('Cloudflare Email Sending events on their queue', () => {
  it('stop an address on every thread after a hard bounce, a suppression or a complaint, with the reason', async () => {
    const [hard, suppressed, complained] = [await follower('hard'), await follower('supp'), await follower('spam')]
    const result = await deliver(
      sendingEvent('bounced', hard, { bounce: { type: 'hard', reason: '550 5.1.1 User unknown' } }),
      sendingEvent('rejected', suppressed, { rejection: { reason: 'suppressed', detail: 'Recipient is suppressed' } }),
      sendingEvent('complained', complained, { complaint: { type: 'abuse' } }),
    )
    expect(result.explicitAcks.sort()).toEqual(['m0', 'm1', 'm2'])
    expect(result.retryMessages).toEqual([])
    const stopped = (refusal: string, reason: string) => Array(2).fill(['unsubscribed', refusal, reason])
    expect(await refusalsOf(hard)).toEqual(stopped('bounced', 'bounced: 550 5.1.1 User unknown'))
    expect(await refusalsOf(suppressed)).toEqual(stopped('bounced', 'suppressed: Recipient is suppressed'))
    expect(await refusalsOf(complained)).toEqual(stopped('complained', 'marked as spam by the recipient'))
  })

  it('changes nothing for a soft bounce, a delivery, a deferral or a message that is no such event', async () => {
    const email = await follower('soft')
    const result = await deliver(
      sendingEvent('bounced', email, { bounce: { type: 'soft', reason: '452 mailbox full' } }),
      sendingEvent('delivered', email),
      sendingEvent('deferred', email, { bounce: { type: 'soft' } }),
      sendingEvent('rejected', email, { rejection: { reason: 'spam' } }),
      'not json at all',
      { type: 'cf.email.sending.message.bounced', payload: { bounce: { type: 'hard' } } },
    )
    expect(result.explicitAcks).toHaveLength(6)
    expect(await refusalsOf(email)).toEqual(Array(2).fill(['active', null, null]))
  })

  it('applies an event once, however often the queue delivers it', async () => {
    const email = await follower('again')
    const event = sendingEvent('complained', email)
    await deliver(event)
    // The reader confirms anew (which clears the refusal); the same event delivered again must not stop them again.
    await testEnv.DB.prepare(
      `UPDATE followers SET state = 'active', refusal = NULL, refusal_reason = NULL WHERE email = ?`,
    )
      .bind(email)
      .run()
    const again = await deliver(event)
    expect(again.explicitAcks).toEqual(['m0'])
    expect(await refusalsOf(email)).toEqual(Array(2).fill(['active', null, null]))
  })
})
