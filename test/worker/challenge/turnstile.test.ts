// Cloudflare Turnstile as a site's gate (challenge/turnstile.ts), against a local stand-in of its siteverify endpoint.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ChallengeResponse } from '../../../worker/api-types'
import { issueTurnstilePass } from '../../../worker/challenge/turnstile'
import type { SiteGate } from '../../../worker/domain'
import type { Env } from '../../../worker/env'
import { adminRequest, signIn } from '../support/admin'
import { newThreadKey } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'
import { serveStandIn, turnstileStandIn } from '../support/stand-ins'

const SECRET = 'stand-in-secret'
const SITEVERIFY = 'https://challenges.cloudflare.com/turnstile/v0/siteverify'
const env: Env = { ...testEnv, TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET_KEY: SECRET }

afterEach(() => vi.restoreAllMocks())

const challengeOf = async (site: string, bindings = env) =>
  (await request(`/api/challenge?site=${site}`, { env: bindings })).json<ChallengeResponse>()

async function post(site: string, fields: Record<string, unknown> = {}) {
  const ch = await challengeOf(site)
  const json = { site, thread: newThreadKey(), name: 'Ann', body: 'Hello', challengeToken: ch.token, ...fields }
  return request('/api/comments', { method: 'POST', env, json: { challengeAnswer: ch.answer, ...json } })
}

const errorOf = async (res: Response) => ({ status: res.status, ...(await res.json<{ error: object }>()).error })
const refused = { status: 403, code: 'challenge_failed', field: 'turnstileToken' }

describe('a site whose gate is Turnstile', () => {
  const site = (gate: SiteGate) => seedSite({ gate })

  it('offers its widget instead of a code, and takes a comment Turnstile vouches for', async () => {
    const seen = serveStandIn(SITEVERIFY, turnstileStandIn(SECRET))
    const id = await site('turnstile')
    const ch = await challengeOf(id)
    expect(Object.keys(ch).sort()).toEqual(['answer', 'expiresAt', 'token', 'turnstile'])
    expect(ch.turnstile).toEqual({ siteKey: '1x00000000000000000000AA' })
    const res = await post(id, { turnstileToken: 'pass:localhost' })
    expect(res.status).toBe(201)
    const form = new URLSearchParams(await seen[0]!.text())
    expect([...form.keys()].sort()).toEqual(['idempotency_key', 'remoteip', 'response', 'secret'])
    expect(form.get('response')).toBe('pass:localhost')
  })

  it('refuses, like a wrong code, a token Turnstile turns down, one solved elsewhere, a reused one and none', async () => {
    serveStandIn(SITEVERIFY, turnstileStandIn(SECRET))
    const id = await site('turnstile')
    expect(await errorOf(await post(id, { turnstileToken: 'bot' }))).toMatchObject(refused)
    expect(await errorOf(await post(id, { turnstileToken: 'pass:evil.example' }))).toMatchObject(refused)
    expect(await errorOf(await post(id))).toMatchObject(refused)
    expect((await post(id, { turnstileToken: 'pass:localhost' })).status).toBe(201)
    expect(await errorOf(await post(id, { turnstileToken: 'pass:localhost' }))).toMatchObject(refused)
  })

  it('answers 403, never 500, when siteverify cannot be reached or answers nonsense', async () => {
    const id = await site('turnstile')
    serveStandIn(SITEVERIFY, () => new Response('<html>bad gateway</html>', { status: 502 }))
    expect(await errorOf(await post(id, { turnstileToken: 'pass:localhost' }))).toMatchObject(refused)
    vi.restoreAllMocks()
    serveStandIn(SITEVERIFY, () => Promise.reject(new TypeError('network down')))
    expect(await errorOf(await post(id, { turnstileToken: 'pass:localhost' }))).toMatchObject(refused)
  })

  it('with code+turnstile, needs both the right code and Turnstile', async () => {
    serveStandIn(SITEVERIFY, turnstileStandIn(SECRET))
    const id = await site('code+turnstile')
    expect((await challengeOf(id)).image).toContain('<svg')
    expect(await errorOf(await post(id))).toMatchObject(refused)
    const wrong = await post(id, { challengeAnswer: 'WRONG1', turnstileToken: 'pass:localhost' })
    expect(await errorOf(wrong)).toMatchObject({ status: 403, code: 'challenge_failed', field: 'challengeAnswer' })
    expect((await post(id, { turnstileToken: 'pass:localhost' })).status).toBe(201)
  })

  it('keeps the code where the Worker has no Turnstile keys, and refuses a Turnstile-only token there', async () => {
    const id = await site('turnstile')
    const ch = await challengeOf(id, testEnv)
    expect(ch.image).toContain('<svg')
    expect(ch.turnstile).toBeUndefined()
    const pass = await issueTurnstilePass(testEnv.SIGNING_KEY, id, Date.now())
    const json = {
      site: id,
      thread: newThreadKey(),
      name: 'Ann',
      body: 'Hi',
      challengeToken: pass.token,
      challengeAnswer: '',
    }
    const res = await request('/api/comments', { method: 'POST', json })
    expect(await errorOf(res)).toMatchObject({ status: 403, code: 'challenge_failed', field: 'challengeAnswer' })
  })

  it('is chosen on the admin page only where the Worker has the keys', async () => {
    const cookie = await signIn()
    const id = await seedSite()
    const patch = (bindings: Env) =>
      adminRequest(`/api/admin/sites/${id}`, { method: 'PATCH', cookie, env: bindings, json: { gate: 'turnstile' } })
    expect(await errorOf(await patch(testEnv))).toMatchObject({ status: 400, field: 'gate' })
    expect((await patch(env)).status).toBe(200)
  })
})
