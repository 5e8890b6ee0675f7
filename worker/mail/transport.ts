// The mail transports behind one small interface, chosen by MAIL_TRANSPORT: Cloudflare's send_email binding or Resend.
import type { Env } from '../env'
import { bindingTransport } from './transport-binding'
import { resendTransport } from './transport-resend'
import type { MailTransport } from './outgoing-mail'

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
