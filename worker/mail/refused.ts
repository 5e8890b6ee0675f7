// A recipient refused for good by the provider (a suppressed or bounced address): the row is 'failed' at once, never
// retried, and the address gets nothing more on any thread, in the same batch, until the reader confirms anew. A
// webhook's receiver that refuses a call (another 4xx, a redirect) fails that row alone: there is no follower behind it.
import { markRefused } from '../db/outbox-sending'
import { refuseAddress } from '../db/refusals'
import type { OutboxKind } from '../domain'
import { normaliseEmail } from '../email-address'
import { errorFields, logEvent } from '../log'
import type { RecipientRefused } from './outgoing-mail'

type Refused = { id: number; kind: OutboxKind | null; attempts: number }

export async function refused(
  db: D1Database,
  mail: Refused & { recipient: string },
  err: RecipientRefused,
  nowMs: number,
): Promise<{ done: 'failed' }> {
  const { id } = mail
  logRefusal(mail, err)
  const address = { emailNormalized: normaliseEmail(mail.recipient), refusal: 'bounced' as const, exceptId: id }
  await db.batch([
    markRefused(db, id, err.message, nowMs),
    ...refuseAddress(db, { ...address, reason: err.message }, nowMs),
  ])
  return { done: 'failed' }
}

export async function refusedCall(
  db: D1Database,
  call: Refused,
  err: RecipientRefused,
  nowMs: number,
): Promise<{ done: 'failed' }> {
  logRefusal(call, err)
  await markRefused(db, call.id, err.message, nowMs).run()
  return { done: 'failed' }
}

function logRefusal({ id, kind, attempts }: Refused, err: RecipientRefused): void {
  logEvent('error', 'mail_failed', { outboxId: id, kind, attempt: attempts, outcome: 'failed', ...errorFields(err) })
}
