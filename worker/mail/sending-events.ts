// Cloudflare Email Sending's delivery events, which an event subscription puts on a Queue (README, "Bounces and
// complaints"): a hard bounce, a rejection of a suppressed address and a spam complaint stop the address's mail, exactly
// as Resend's webhook does. Every other event (delivered, deferred, a soft bounce) changes nothing.
import type { Refusal } from '../domain'
import type { Env } from '../env'
import { errorFields, logEvent } from '../log'
import { applyMailEvent, type MailEvent } from './mail-events'

/** The queue that `wrangler queues subscription create … --source email.sending` fills; wrangler.toml consumes it. */
export const SENDING_EVENTS_QUEUE = 'parley-mail-events'

const PREFIX = 'cf.email.sending.message.'

type Payload = Record<string, unknown> & {
  eventId?: unknown
  recipient?: unknown
  bounce?: { type?: unknown; reason?: unknown }
  rejection?: { reason?: unknown; detail?: unknown }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null)

/** What the event says of its recipient: a refusal with its reason, or null when it asks nothing of Parley. */
function refusalOf(type: string, payload: Payload): { refusal: Refusal; reason: string } | null {
  if (type === `${PREFIX}complained`) return { refusal: 'complained', reason: 'marked as spam by the recipient' }
  // A soft bounce is retries run out on a full mailbox or a server that was down: the address itself still works.
  if (type === `${PREFIX}bounced` && payload.bounce?.type === 'hard') {
    return { refusal: 'bounced', reason: `bounced: ${text(payload.bounce.reason) ?? 'refused for good'}` }
  }
  if (type === `${PREFIX}rejected` && payload.rejection?.reason === 'suppressed') {
    return { refusal: 'bounced', reason: `suppressed: ${text(payload.rejection.detail) ?? 'Cloudflare suppresses it'}` }
  }
  return null
}

/** The event as Parley applies it; null for one that changes nothing, or that is not an Email Sending event at all. */
export function sendingEventOf(body: unknown, nowMs: number): MailEvent | null {
  if (typeof body !== 'object' || body === null) return null
  const { type, payload } = body as { type?: unknown; payload?: unknown }
  if (typeof type !== 'string' || typeof payload !== 'object' || payload === null) return null
  const found = refusalOf(type, payload as Payload)
  const id = text((payload as Payload).eventId)
  const to = text((payload as Payload).recipient)
  if (!found || !id || !to) return null
  // A queue may deliver a message again later than its event's time: the id is kept from when it arrives.
  return { source: 'cloudflare', id, atMs: nowMs, to: [to], ...found }
}

/** Each message once: applied (or known to be applied already) and acked; retried only when D1 failed. */
export async function consumeSendingEvents(batch: MessageBatch<unknown>, env: Env, clock: () => number = Date.now) {
  for (const msg of batch.messages) {
    const event = sendingEventOf(msg.body, clock())
    if (!event) {
      msg.ack()
      continue
    }
    try {
      await applyMailEvent(env.DB, event, clock())
      msg.ack()
    } catch (err) {
      logEvent('error', 'mail_event_failed', { source: event.source, ...errorFields(err) })
      msg.retry()
    }
  }
}
