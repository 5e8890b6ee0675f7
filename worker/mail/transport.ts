// The mail transports behind one small interface, chosen by MAIL_TRANSPORT: Cloudflare's send_email binding or Resend.
import type { Env } from '../env'
import { localSwitchOn } from '../local'
import { bindingTransport } from './transport-binding'
import { resendTransport } from './transport-resend'
import { RecipientRefused, type MailTransport } from './outgoing-mail'

export function transportFor(env: Env): MailTransport {
  const transport = chosenTransport(env)
  // The local mailbox plays a suppressed address for `bounce…@`, so the whole bounce path can be tried in the demo and
  // in tests. Mail has no request to judge the host by: the switch holds only while PUBLIC_URL is this machine.
  if (!localSwitchOn(env, 'DEV_MAILBOX', env.PUBLIC_URL)) return transport
  return (mail) =>
    /^bounce/i.test(mail.to)
      ? Promise.reject(new RecipientRefused('E_RECIPIENT_SUPPRESSED: the local mailbox refuses bounce… addresses'))
      : transport(mail)
}

function chosenTransport(env: Env): MailTransport {
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
