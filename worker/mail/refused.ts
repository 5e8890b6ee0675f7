// A recipient refused for good by the provider (a suppressed or bounced address): the row is 'failed' at once, never
// retried, and the address gets nothing more on any thread, in the same batch, until the reader confirms anew.
import { markRefused } from '../db/outbox-sending'
import { refuseAddress } from '../db/refusals'
import type { OutboxKind } from '../domain'
import { normaliseEmail } from '../email-address'
import { errorFields, logEvent } from '../log'
import type { RecipientRefused } from './outgoing-mail'

export async function refused(
  db: D1Database,
  mail: { id: number; kind: OutboxKind | null; attempts: number; recipient: string },
  err: RecipientRefused,
  nowMs: number,
): Promise<{ done: 'failed' }> {
  const { id } = mail
  logEvent('error', 'mail_failed', {
    outboxId: id,
    kind: mail.kind,
    attempt: mail.attempts,
    outcome: 'failed',
    ...errorFields(err),
  })
  const address = { emailNormalized: normaliseEmail(mail.recipient), refusal: 'bounced' as const, exceptId: id }
  await db.batch([
    markRefused(db, id, err.message, nowMs),
    ...refuseAddress(db, { ...address, reason: err.message }, nowMs),
  ])
  return { done: 'failed' }
}
