// The local mailbox (/dev/mail): what the send_email binding sent, as the demo's mailbox page shows it.
import { vi } from 'vitest'
import type { SentMail } from '../../../worker/dev-mail-types'
import { request } from './request'

/** Every mail /dev/mail lists for `to` (newest first), whose subject matches when given. */
export async function mailsTo(to: string, subject = /./): Promise<SentMail[]> {
  const { messages } = (await (await request('/dev/mail')).json()) as { messages: SentMail[] }
  return messages.filter((m) => m.to === to && subject.test(m.subject))
}

/** Waits for the local queue to deliver a mail to `to` whose subject matches. */
export async function waitForMail(to: string, subject: RegExp): Promise<SentMail> {
  return vi.waitUntil(async () => (await mailsTo(to, subject))[0], { timeout: 20_000, interval: 250 })
}

/** The path and query of the first link in `text` to `path` on this Worker, ready for request(). */
export function linkTo(text: string, path: string): string {
  const url = text.match(new RegExp(`https?://[^\\s]+${path}\\?token=[\\w.-]+`))?.[0]
  if (!url) throw new Error(`no ${path} link in: ${text}`)
  const { pathname, search } = new URL(url)
  return pathname + search
}
