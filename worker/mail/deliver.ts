// Delivers one outbox row: claim it, check it is still wanted, render it once, send it, mark it sent right away.
// A failed send goes back on the retry schedule, and after the last attempt the row is 'dead', where the owner sees it;
// a recipient refused for good fails the row at once (mail/refused.ts).
import { findDelivery } from '../db/outbox-delivery'
import { claimOutbox, findOutboxState, markCancelled, markFailed, markSent, storeRendered } from '../db/outbox-sending'
import type { OutboxKind } from '../domain'
import type { Env } from '../env'
import { errorFields, logEvent } from '../log'
import { keepLease, LEASE_MS } from './lease'
import { RecipientRefused } from './outgoing-mail'
import { refused, refusedCall } from './refused'
import { planWebhook } from './webhook-body'
import { sendWebhook } from './webhook-send'
import { planMail } from './render'
import { oneLine } from '../text'
import { transportFor } from './transport'

/** The first try and five retries, like max_retries in wrangler.toml. */
export const MAX_ATTEMPTS = 6
/** Seconds to wait after attempt n fails (n = 1…5). */
export const BACKOFF_SECONDS = [30, 60, 120, 300, 600]

/** done: the message has nothing left to do (ack). retry: ask the queue for the message again after a delay. */
export type DeliveryOutcome =
  { done: 'sent' | 'cancelled' | 'dead' | 'failed' | 'nothing_to_do' } | { retryInSeconds: number }

type Claim = { id: number; attempts: number; at: number }

export async function deliver(env: Env, id: number, nowMs: number): Promise<DeliveryOutcome> {
  const claimed = await claimOutbox(env.DB, id, nowMs, nowMs + LEASE_MS)
  if (!claimed) return unclaimed(env.DB, id, nowMs)
  const claim = { id, attempts: claimed.attempts, at: nowMs }
  const stop = keepLease(env.DB, claim)
  try {
    return await sendClaimed(env, claim)
  } finally {
    stop()
  }
}

async function sendClaimed(env: Env, claim: Claim): Promise<DeliveryOutcome> {
  const { DB: db } = env
  const { id, at: nowMs } = claim
  let kind: OutboxKind | null = null
  let recipient: string | null = null
  try {
    const delivery = await findDelivery(db, id)
    if (!delivery) return { done: 'nothing_to_do' }
    ;({ kind, recipient } = delivery)
    const webhook = kind === 'webhook'
    const plan = await (webhook ? planWebhook : planMail)(env, delivery, nowMs)
    if ('cancel' in plan) {
      await markCancelled(db, id, plan.cancel, nowMs)
      return { done: 'cancelled' }
    }
    if (!delivery.rendered) await storeRendered(db, id, plan.send)
    if (webhook && delivery.site.webhook) await sendWebhook(env, delivery.site.webhook, plan.send, id, nowMs)
    else {
      // One line and no quotes or angle brackets: the site's name becomes the From header's display name.
      const from = { email: env.MAIL_FROM, name: oneLine(delivery.site.name, 64).replace(/["<>\\]/g, '') }
      await transportFor(env)({ from, to: delivery.recipient, ...plan.send, idempotencyKey: `parley-outbox-${id}` })
    }
  } catch (err) {
    // A receiver's refusal has no follower behind it: the call alone fails.
    if (err instanceof RecipientRefused && kind === 'webhook')
      return refusedCall(db, { id, kind, attempts: claim.attempts }, err, nowMs)
    if (err instanceof RecipientRefused && recipient !== null)
      return refused(db, { id, kind, attempts: claim.attempts, recipient }, err, nowMs)
    return failed(db, { id, kind, attempts: claim.attempts }, err, nowMs)
  }
  await markSentSoon(db, id, nowMs)
  return { done: 'sent' }
}

/** Someone else holds the row, it is not due yet, or it needs nothing any more. */
async function unclaimed(db: D1Database, id: number, nowMs: number): Promise<DeliveryOutcome> {
  const row = await findOutboxState(db, id)
  if (!row || row.state !== 'queued') return { done: 'nothing_to_do' }
  return { retryInSeconds: Math.max(1, Math.ceil((row.nextAttemptAt - nowMs) / 1000)) }
}

async function failed(
  db: D1Database,
  mail: { id: number; kind: OutboxKind | null; attempts: number },
  err: unknown,
  nowMs: number,
): Promise<DeliveryOutcome> {
  const { id, attempts } = mail
  const error = err instanceof Error ? err.message : String(err)
  const delay = BACKOFF_SECONDS[attempts - 1]
  const dead = attempts >= MAX_ATTEMPTS || delay === undefined
  // One line per failed attempt; the provider's text may name the recipient, so the line carries it redacted.
  logEvent('error', 'mail_failed', {
    outboxId: id,
    kind: mail.kind,
    attempt: attempts,
    outcome: dead ? 'dead' : 'retry',
    retryInSeconds: dead ? null : delay,
    ...errorFields(err),
  })
  if (dead) {
    await markFailed(db, id, error, null, nowMs)
    return { done: 'dead' }
  }
  await markFailed(db, id, error, nowMs + delay * 1000, nowMs)
  return { retryInSeconds: delay }
}

// The mail is out: a lost "sent" mark would send it again once the lease ends, so a passing D1 hiccup gets two more tries.
async function markSentSoon(db: D1Database, id: number, nowMs: number): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await markSent(db, id, nowMs)
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
}
