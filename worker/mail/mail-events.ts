// What a provider tells after the fact (a bounce, a spam complaint), applied exactly once per event: the addresses get
// nothing more on any thread, their waiting mails are cancelled, and the owner sees why and since when.
import { refuseAddress } from '../db/refusals'
import { isTokenSpentConflict, spendToken } from '../db/spent-tokens'
import type { Refusal } from '../domain'
import { normaliseEmail } from '../email-address'
import { logEvent } from '../log'

export type MailEvent = { source: string; id: string; atMs: number; refusal: Refusal; to: string[]; reason: string }

/** The event id is kept this long after the event's own time: past it, the signature's time check refuses a replay. */
const KEEP_EVENT_ID_MS = 60 * 60 * 1000

/**
 * One D1 batch: the event's id is spent (a plain INSERT, so a second delivery of the same event fails the whole batch
 * and changes nothing) with every statement it causes. 'duplicate' when this event was applied before.
 */
export async function applyMailEvent(db: D1Database, e: MailEvent, nowMs: number): Promise<'applied' | 'duplicate'> {
  const addresses = [...new Set(e.to.map(normaliseEmail))]
  const refusals = addresses.flatMap((emailNormalized) =>
    refuseAddress(db, { emailNormalized, refusal: e.refusal, reason: e.reason, exceptId: null }, nowMs),
  )
  try {
    await db.batch([spendToken(db, `mail-event:${e.source}:${e.id}`, e.atMs + KEEP_EVENT_ID_MS), ...refusals])
  } catch (err) {
    if (isTokenSpentConflict(err)) return 'duplicate'
    throw err
  }
  logEvent('info', 'mail_event', { source: e.source, refusal: e.refusal, addresses: addresses.length })
  return 'applied'
}
