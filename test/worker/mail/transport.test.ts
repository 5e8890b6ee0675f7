// The transports behind MAIL_TRANSPORT (mail/transport*.ts): Resend over HTTP, or the send_email binding by default.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { transportFor } from '../../../worker/mail/transport'
import { resendTransport } from '../../../worker/mail/transport-resend'
import { publishWithoutQueue, runQueue } from '../support/queue'
import { request, testEnv } from '../support/request'
import { MAIL } from '../support/outgoing'
import { seedFollowedThread } from '../support/seed'

afterEach(() => vi.restoreAllMocks())

describe('resendTransport', () => {
  it('posts the mail to Resend with the API key and the outbox row as idempotency key', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ id: 'abc' }))
    await resendTransport('re_test_key')(MAIL)
    expect(fetchSpy).toHaveBeenCalledOnce()
    const [url, init] = fetchSpy.mock.calls[0]!
    expect(url).toBe('https://api.resend.com/emails')
    expect(init?.method).toBe('POST')
    expect(init?.headers).toEqual({
      Authorization: 'Bearer re_test_key',
      'Content-Type': 'application/json',
      'Idempotency-Key': 'parley-outbox-7',
    })
    expect(JSON.parse(String(init?.body))).toEqual({
      from: '"Tea blog" <comments@example.com>',
      to: ['ann@example.com'],
      subject: 'New comment on "Tea"',
      text: 'text',
      html: '<p>html</p>',
      headers: MAIL.headers,
    })
  })

  it('fails the send on an error answer, so the row is retried', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('{"message":"rate limited"}', { status: 429 }))
    await expect(resendTransport('re_test_key')(MAIL)).rejects.toThrow(
      'Resend answered 429: {"message":"rate limited"}',
    )
  })

  it('fails the send, without calling Resend, when the API key is missing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    await expect(resendTransport(undefined)(MAIL)).rejects.toThrow('the RESEND_API_KEY secret is not set')
    expect(fetchSpy).not.toHaveBeenCalled()
  })
})

describe('transportFor', () => {
  it('takes Resend when MAIL_TRANSPORT says so', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ id: 'abc' }))
    await transportFor({ ...testEnv, MAIL_TRANSPORT: 'resend', RESEND_API_KEY: 're_x' })(MAIL)
    expect(fetchSpy).toHaveBeenCalledOnce()
  })

  it('fails every send under an unknown MAIL_TRANSPORT, so the mail is retried and then dead rather than lost', async () => {
    await expect(transportFor({ ...testEnv, MAIL_TRANSPORT: 'smtp' })(MAIL)).rejects.toThrow(
      'MAIL_TRANSPORT must be "binding" or "resend", not "smtp"',
    )
  })

  it('sends through the send_email binding by default, as wrangler simulates it', async () => {
    const { site, thread, emails } = await seedFollowedThread(1)
    const reader = emails[0]!
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await runQueue(outboxIds, Date.now())
    const { messages } = (await (await request('/dev/mail')).json()) as { messages: { to: string }[] }
    expect(messages.map((m) => m.to)).toContain(reader)
  })
})
