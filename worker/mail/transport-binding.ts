// Transport through Cloudflare Email Service's send_email binding; locally, wrangler and miniflare simulate the binding.
import type { MailTransport } from './outgoing-mail'

export function bindingTransport(binding: SendEmail): MailTransport {
  return async (mail) => {
    // The binding has no idempotency key: the outbox lease and the sent mark right after this call keep repeats out.
    // A site with no name sends from the bare address rather than under an empty display name.
    await binding.send({
      from: mail.from.name ? mail.from : mail.from.email,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    })
  }
}
