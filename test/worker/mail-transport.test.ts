// The transports behind MAIL_TRANSPORT, and GET /dev/mail, the local mailbox.
import { exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { app } from '../../worker/app'
import { resendTransport } from '../../worker/mail/transport-resend'
import type { OutgoingMail } from '../../worker/mail/outgoing-mail'
import { transportFor } from '../../worker/mail/transport'
import { BASE, newThreadKey, request, seedSite, testEnv } from './helpers'
import { publishWithoutQueue, runQueue, seedFollowers, uniqueEmail } from './mail-helpers'

const MAIL: OutgoingMail = {
  from: { email: 'comments@example.com', name: 'Tea blog' },
  to: 'ann@example.com',
  subject: 'New comment on "Tea"',
  text: 'text',
  html: '<p>html</p>',
  headers: {
    'List-Unsubscribe': '<https://c.example/unsubscribe?token=t>',
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  idempotencyKey: 'parley-outbox-7',
}

afterEach(() => vi.restoreAllMocks())

describe('the Resend transport', () => {
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
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('binding')
    await seedFollowers(site, thread, [reader])
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await runQueue(outboxIds, Date.now())
    const { messages } = (await (await request('/dev/mail')).json()) as { messages: { to: string }[] }
    expect(messages.map((m) => m.to)).toContain(reader)
  })
})

describe('GET /dev/mail', () => {
  it('lists sent mail newest first, with the fields the demo page reads', async () => {
    const site = await seedSite()
    const [first, second] = [uniqueEmail('first'), uniqueEmail('second')]
    for (const [reader, at] of [
      [first, Date.now()],
      [second, Date.now() + 1000],
    ] as const) {
      const thread = newThreadKey()
      await seedFollowers(site, thread, [reader])
      await runQueue((await publishWithoutQueue(site, thread, { name: 'Eve', email: null })).outboxIds, at)
    }
    const res = await request('/dev/mail')
    expect(res.status).toBe(200)
    const { messages } = (await res.json()) as { messages: Record<string, unknown>[] }
    const ours = messages.filter((m) => m.to === first || m.to === second)
    expect(ours.map((m) => m.to)).toEqual([second, first])
    expect(Object.keys(ours[0]!).sort()).toEqual(['headers', 'html', 'sentAt', 'subject', 'text', 'to'])
  })

  it('does not exist for any host but localhost, nor with DEV_MAILBOX off', async () => {
    const remote = await exports.default.fetch('https://comments.example.com/dev/mail')
    expect(remote.status).toBe(404)
    expect(await remote.json()).toEqual({ error: { code: 'not_found', message: 'No such endpoint.' } })
    const switchedOff = await app.request(`${BASE}/dev/mail`, undefined, { ...testEnv, DEV_MAILBOX: undefined })
    expect(switchedOff.status).toBe(404)
  })
})
