// Sends one rendered webhook call: signed, to the site's URL as it is now, with a timeout and no redirects followed.
// The answer decides the row's fate as a provider's does for a mail: accepted, try again later, or refused for good.
import type { RenderedMail, SiteWebhook } from '../db/outbox-delivery'
import type { Env } from '../env'
import { localSwitchOn } from '../local'
import { keyedHash } from '../tokens'
import { RecipientRefused } from './outgoing-mail'

/** A receiver that has not answered by then is retried like a network error. */
export const WEBHOOK_TIMEOUT_MS = 10_000

/**
 * Resolves once the receiver answered 2xx. Throws RecipientRefused when trying again cannot help (another 4xx, a
 * redirect, a plain-http URL outside local development), and any other error to be retried (408, 429, 5xx, network).
 * The URL never goes into an error: Slack's, Discord's and Telegram's carry their token, and errors reach the logs.
 */
export async function sendWebhook(env: Env, webhook: SiteWebhook, call: RenderedMail, outboxId: number, nowMs: number) {
  // http only to this machine while DEV_MAILBOX is on: tests and the demo's local receiver, never a real visitor's site.
  if (new URL(webhook.url).protocol !== 'https:' && !localSwitchOn(env, 'DEV_MAILBOX', webhook.url))
    throw new RecipientRefused('the webhook URL is not https')
  // Signed when sent, over the stored body: a receiver that refuses old timestamps still takes a late retry.
  const timestamp = String(Math.floor(nowMs / 1000))
  let res: Response
  try {
    res = await fetch(webhook.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Parley-Webhook/1',
        'X-Parley-Event': call.subject,
        'X-Parley-Delivery': String(outboxId),
        'X-Parley-Timestamp': timestamp,
        // The hex HMAC-SHA256 of "<timestamp>.<body>" under the site's secret (README, "Owner notifications").
        'X-Parley-Signature': `v1=${await keyedHash(webhook.secret, `${timestamp}.${call.text}`)}`,
      },
      body: call.text,
      // A redirect could carry the signed body to another host: it is not followed, and counts as a refusal.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    })
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')
    throw new Error(timedOut ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : 'the receiver could not be reached')
  }
  // Only the status matters; the body is not read, so a huge or slow answer costs nothing.
  await res.body?.cancel()
  if (res.ok) return
  const answer = `the receiver answered ${res.status}`
  if (res.status === 408 || res.status === 429 || res.status >= 500) throw new Error(answer)
  throw new RecipientRefused(answer)
}
