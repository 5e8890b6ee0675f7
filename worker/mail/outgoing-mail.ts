// A mail ready to go, and what a transport does with it: the one interface every transport implements.

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

/** Resolves once the provider accepted the mail; throws otherwise: RecipientRefused for good, anything else is retried. */
export type MailTransport = (mail: OutgoingMail) => Promise<void>

/**
 * The provider refused the recipient for good (a suppressed, bounced or unknown address): trying again can only fail
 * again and hurt the sender's standing, so the row fails at once and the address gets nothing more.
 */
export class RecipientRefused extends Error {
  override name = 'RecipientRefused'
}
