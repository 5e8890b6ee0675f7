// Transport through Cloudflare Email Service's send_email binding; locally, wrangler and miniflare simulate the binding.
import { RecipientRefused, type MailTransport } from './outgoing-mail'

/**
 * The binding's error codes that are about the recipient and never change on a retry
 * (https://developers.cloudflare.com/email-service/): a suppressed address (a hard bounce or a complaint on the account's
 * list) and one the binding may not send to. Every other code (limits, the sender's setup, an internal error) is retried
 * and, if it lasts, ends 'dead' where the owner sees it: those are the sender's to fix, not the reader's fault.
 */
const PERMANENT_CODES = new Set(['E_RECIPIENT_SUPPRESSED', 'E_RECIPIENT_NOT_ALLOWED'])

export function bindingTransport(binding: SendEmail): MailTransport {
  return async (mail) => {
    // The binding has no idempotency key: the outbox lease and the sent mark right after this call keep repeats out.
    // A site with no name sends from the bare address rather than under an empty display name.
    try {
      await binding.send({
        from: mail.from.name ? mail.from : mail.from.email,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
      })
    } catch (err) {
      const code = (err as { code?: unknown } | null)?.code
      if (typeof code === 'string' && PERMANENT_CODES.has(code))
        throw new RecipientRefused(`${code}: ${err instanceof Error ? err.message : String(err)}`)
      throw err
    }
  }
}
