// POST /hooks/resend: Resend's bounce and complaint events, believed only with a good Svix signature, fresh, and
// applied once per event id.
import { describe, expect, it } from 'vitest'
import { publishWithoutQueue } from '../support/queue'
import { request, testEnv } from '../support/request'
import { outboxRows, refusalsOf } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'
import { newThreadKey, uniqueEmail } from '../support/ids'

const SECRET_BYTES = 'parley-test-webhook-secret-32by'
const SECRET = `whsec_${btoa(SECRET_BYTES)}`
const env = { ...testEnv, RESEND_WEBHOOK_SECRET: SECRET }

/** The Svix headers Resend sends with `body`, signed with `secret` at `atMs`. */
async function svixHeaders(body: string, atMs: number, id = `msg_${crypto.randomUUID()}`, secret = SECRET_BYTES) {
  const timestamp = String(Math.floor(atMs / 1000))
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  )
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`))
  const signature = `v1,${btoa(String.fromCharCode(...new Uint8Array(mac)))}`
  return { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': signature }
}

const event = (type: string, to: string) =>
  JSON.stringify({
    type,
    created_at: new Date().toISOString(),
    data: { email_id: 'e1', to: [to], bounce: { message: 'mailbox does not exist', type: 'Permanent' } },
  })

async function post(body: string, headers: Record<string, string>, options: { at?: number; secret?: boolean } = {}) {
  const bindings = options.secret === false ? testEnv : env
  return request('/hooks/resend', {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...headers },
    origin: null,
    env: bindings,
    at: options.at ?? Date.now(),
  })
}

/** A follower with one mail waiting for them. */
async function followerWithMail(who = 'reader') {
  const site = await seedSite()
  const thread = newThreadKey()
  const email = uniqueEmail(who)
  await seedFollowers(await seedThread(site, thread), [email])
  const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
  return { email, outboxIds }
}

describe('POST /hooks/resend', () => {
  it('bounces the address on email.bounced, cancels its waiting mail, and applies a repeat of the event once', async () => {
    const { email, outboxIds } = await followerWithMail()
    const body = event('email.bounced', email)
    const headers = await svixHeaders(body, Date.now())
    const res = await post(body, headers)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, applied: true })
    expect(await refusalsOf(email)).toEqual([['unsubscribed', 'bounced', 'bounced: mailbox does not exist']])
    expect((await outboxRows('id = ?', outboxIds[0])).map((r) => r.state)).toEqual(['cancelled'])

    const again = await post(body, headers)
    expect(await again.json()).toEqual({ ok: true, applied: false })
  })

  it('marks the address complained on email.complained, and a later bounce does not soften it', async () => {
    const { email } = await followerWithMail()
    const complaint = event('email.complained', email)
    expect((await post(complaint, await svixHeaders(complaint, Date.now()))).status).toBe(200)
    const bounce = event('email.bounced', email)
    expect((await post(bounce, await svixHeaders(bounce, Date.now()))).status).toBe(200)
    expect(await refusalsOf(email)).toEqual([['unsubscribed', 'complained', expect.any(String)]])
  })

  it('acknowledges and ignores other events', async () => {
    const { email } = await followerWithMail()
    const body = event('email.delivered', email)
    expect(await (await post(body, await svixHeaders(body, Date.now()))).json()).toEqual({ ok: true, applied: false })
    expect(await refusalsOf(email)).toEqual([['active', null, null]])
  })

  it.each([
    [
      'a forged signature',
      async (body: string) => svixHeaders(body, Date.now(), undefined, 'another-secret-of-32-bytes-long'),
    ],
    ['a timestamp over 5 minutes old', async (body: string) => svixHeaders(body, Date.now() - 6 * 60 * 1000)],
    ['no signature', async () => ({ 'svix-id': 'msg_1', 'svix-timestamp': String(Math.floor(Date.now() / 1000)) })],
  ])('refuses %s with 401 and changes nothing', async (_label, sign) => {
    const { email } = await followerWithMail()
    const body = event('email.bounced', email)
    const res = await post(body, await sign(body))
    expect(res.status).toBe(401)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized')
    expect(await refusalsOf(email)).toEqual([['active', null, null]])
  })

  it('refuses a signed body that is not JSON, or names no address, with 400', async () => {
    const broken = '{"type":'
    expect((await post(broken, await svixHeaders(broken, Date.now()))).status).toBe(400)
    const empty = JSON.stringify({ type: 'email.bounced', data: { to: [] } })
    expect((await post(empty, await svixHeaders(empty, Date.now()))).status).toBe(400)
  })

  it('does not exist while RESEND_WEBHOOK_SECRET is unset', async () => {
    const body = event('email.bounced', uniqueEmail('x'))
    expect((await post(body, await svixHeaders(body, Date.now()), { secret: false })).status).toBe(404)
  })
})
