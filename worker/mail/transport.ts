// The mail transports behind one small interface, chosen by MAIL_TRANSPORT: Cloudflare's send_email binding or Resend.
import type { Env } from '../env'
import { bindingTransport } from './transport-binding'
import { resendTransport } from './transport-resend'

export type OutgoingMail = {
  from: { email: string; name: string }
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  /** Unique per outbox row: a provider that honours it drops a repeat of a send whose answer we never got. */
  idempotencyKey: string
}

/** Resolves once the provider accepted the mail; throws otherwise (the caller retries). */
export type MailTransport = (mail: OutgoingMail) => Promise<void>

export function transportFor(env: Env): MailTransport {
  switch (env.MAIL_TRANSPORT) {
    case 'binding':
      return bindingTransport(env.EMAIL)
    case 'resend':
      return resendTransport(env.RESEND_API_KEY)
    default:
      // Failing each send (retried, then dead and visible) beats guessing: the wrong transport could leak or drop mail.
      return () =>
        Promise.reject(new Error(`MAIL_TRANSPORT must be "binding" or "resend", not "${env.MAIL_TRANSPORT}"`))
  }
}
