// The local mailbox's JSON (GET /dev/mail, only where the local switch DEV_MAILBOX is on): what tests and the demo's
// /mail.html read.

/** One sent mail, as GET /dev/mail lists them (only where the local switch DEV_MAILBOX is on). */
export type SentMail = {
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  sentAt: string
}

export type DevMailResponse = { messages: SentMail[] }
