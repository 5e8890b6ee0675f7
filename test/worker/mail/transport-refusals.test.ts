// Which provider answers refuse a recipient for good (no retry, the address bounced) and which are passing or the
// sender's own to fix (retried, then dead where the owner sees them).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecipientRefused } from '../../../worker/mail/outgoing-mail'
import { bindingTransport } from '../../../worker/mail/transport-binding'
import { resendTransport } from '../../../worker/mail/transport-resend'
import { MAIL } from '../support/outgoing'

afterEach(() => vi.restoreAllMocks())

const resendAnswering = (status: number) => {
  vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"message":"no"}', { status }))
  return resendTransport('re_test_key')(MAIL)
}

const bindingThrowing = (code: string) =>
  bindingTransport({ send: () => Promise.reject(Object.assign(new Error('refused'), { code })) })(MAIL)

describe('resendTransport', () => {
  it.each([400, 404, 422])('refuses the recipient for good on %i', async (status) => {
    await expect(resendAnswering(status)).rejects.toBeInstanceOf(RecipientRefused)
  })

  it.each([401, 403, 409, 429, 500, 503])('retries on %i: not about the recipient', async (status) => {
    const attempt = resendAnswering(status)
    await expect(attempt).rejects.toThrow(`Resend answered ${status}`)
    await expect(attempt).rejects.not.toBeInstanceOf(RecipientRefused)
  })
})

describe('bindingTransport', () => {
  it.each(['E_RECIPIENT_SUPPRESSED', 'E_RECIPIENT_NOT_ALLOWED'])(
    'refuses the recipient for good on %s',
    async (code) => {
      await expect(bindingThrowing(code)).rejects.toThrow(new RecipientRefused(`${code}: refused`))
    },
  )

  it.each(['E_RATE_LIMIT_EXCEEDED', 'E_DAILY_LIMIT_EXCEEDED', 'E_SENDER_NOT_VERIFIED', 'E_INTERNAL_SERVER_ERROR'])(
    'retries on %s: passing, or the sender’s to fix',
    async (code) => {
      await expect(bindingThrowing(code)).rejects.not.toBeInstanceOf(RecipientRefused)
    },
  )
})
