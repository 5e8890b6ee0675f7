// Transport through Resend's HTTP API (MAIL_TRANSPORT="resend", secret RESEND_API_KEY): https://resend.com/docs/api-reference
import { RecipientRefused, type MailTransport } from './outgoing-mail'

const ENDPOINT = 'https://api.resend.com/emails'
const TIMEOUT_MS = 30_000
/**
 * 4xx answers that are not about the recipient: 401/403 (the key or the domain: the sender's to fix), 409 (the same
 * idempotency key in flight) and 429 (too fast). They are retried like a 5xx; any other 4xx refuses the mail for good.
 */
const RETRIED_4XX = new Set([401, 403, 409, 429])

export function resendTransport(apiKey: string | undefined): MailTransport {
  return async (mail) => {
    if (!apiKey) throw new Error('MAIL_TRANSPORT is "resend" but the RESEND_API_KEY secret is not set')
    const res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${apiKey}`,
        'Content-Type': 'application/json',
        // Resend drops a second request with the same key for 24 hours: a retry after a lost answer sends nothing twice.
        'Idempotency-Key': mail.idempotencyKey,
      },
      body: JSON.stringify({
        // The sender cleaned the display name (one line, no quotes or angle brackets), so it cannot break the From header;
        // quoting it keeps a comma or a dot in a site's name ("Smith, Jones & Co.") a valid RFC 5322 phrase.
        from: mail.from.name ? `"${mail.from.name}" <${mail.from.email}>` : mail.from.email,
        to: [mail.to],
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (res.ok) return
    const message = `Resend answered ${res.status}: ${(await res.text()).slice(0, 300)}`
    if (res.status >= 400 && res.status < 500 && !RETRIED_4XX.has(res.status)) throw new RecipientRefused(message)
    throw new Error(message)
  }
}
