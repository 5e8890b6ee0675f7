// /api/admin/sites (admin/sites.ts): adding a site and changing its settings, which the public API follows at once.
import { describe, expect, it } from 'vitest'
import type { AdminSite } from '../../../worker/admin-types'
import { errorField, postComment, postOk } from '../support/api'
import { adminJson, adminRequest, signIn } from '../support/admin'
import { newThreadKey, unique } from '../support/ids'
import { ORIGIN, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

describe('POST and GET /api/admin/sites', () => {
  it('adds a site with defaults, lists it, and refuses the same id twice', async () => {
    const cookie = await signIn()
    const id = unique('s')
    const res = await adminRequest('/api/admin/sites', {
      method: 'POST',
      cookie,
      json: { id, name: 'My blog', allowedOrigins: ['https://blog.example.com'] },
    })
    expect(res.status).toBe(201)
    const site: AdminSite = {
      id,
      name: 'My blog',
      allowedOrigins: ['https://blog.example.com'],
      ownerEmail: null,
      notifyOwner: false,
      moderation: 'none',
      altGateModeration: 'first_time',
      language: 'en',
      gate: 'code',
      spamThreshold: 3,
      webhookUrl: null,
      webhookFormat: 'parley',
      webhookSecret: null,
      eraseMode: 'anonymise',
      admins: [],
    }
    expect(await res.json()).toEqual({ site })
    expect((await adminJson<{ items: AdminSite[] }>(cookie, '/api/admin/sites')).items).toContainEqual(site)
    const json = { id, name: 'Again', allowedOrigins: [] }
    expect((await adminRequest('/api/admin/sites', { method: 'POST', cookie, json })).status).toBe(409)
  })

  it('refuses invalid settings field by field', async () => {
    const cookie = await signIn()
    const field = (json: unknown) => errorField(adminRequest('/api/admin/sites', { method: 'POST', cookie, json }))
    const base = { id: unique('s'), name: 'Blog', allowedOrigins: [] }
    expect(await field({ ...base, id: 'has space' })).toBe('id')
    expect(await field({ ...base, name: '' })).toBe('name')
    expect(await field({ ...base, allowedOrigins: ['https://blog.example.com/path'] })).toBe('allowedOrigins')
    expect(await field({ ...base, allowedOrigins: 'https://blog.example.com' })).toBe('allowedOrigins')
    expect(await field({ ...base, moderation: 'some' })).toBe('moderation')
    expect(await field({ ...base, language: 'es' })).toBe('language')
    expect(await field({ ...base, ownerEmail: 'nope' })).toBe('ownerEmail')
    expect(await field({ ...base, notifyOwner: true })).toBe('ownerEmail')
    expect(await field({ ...base, gate: 'captcha' })).toBe('gate')
    for (const spamThreshold of [0, 2.5, '3', 101])
      expect(await field({ ...base, spamThreshold })).toBe('spamThreshold')
    for (const webhookUrl of ['http://hooks.example', 'https://user:pw@hooks.example', 'ftp://x', 42])
      expect(await field({ ...base, webhookUrl })).toBe('webhookUrl')
    expect(await field({ ...base, webhookFormat: 'teams' })).toBe('webhookFormat')
    const bot = 'https://api.telegram.org/bot123:abc/sendMessage'
    expect(await field({ ...base, webhookFormat: 'telegram', webhookUrl: bot })).toBe('webhookUrl')
    expect(await field({ ...base, newWebhookSecret: 'yes' })).toBe('newWebhookSecret')
  })
})

describe("a site's webhook", () => {
  it('gets a secret from the server when set up, keeps it, and a new one when the owner asks', async () => {
    const cookie = await signIn()
    const site = await seedSite()
    const patch = async (json: object) =>
      (await adminJson<{ site: AdminSite }>(cookie, `/api/admin/sites/${site}`, { method: 'PATCH', json })).site
    const url = 'https://hooks.slack.com/services/T0/B0/x'
    const first = await patch({ webhookUrl: url, webhookFormat: 'slack', webhookSecret: 'mine' })
    expect(first).toMatchObject({ webhookUrl: url, webhookFormat: 'slack' })
    expect(first.webhookSecret).toMatch(/^whsec_[0-9a-f]{64}$/)
    expect((await patch({ name: 'Renamed' })).webhookSecret).toBe(first.webhookSecret)
    const renewed = await patch({ newWebhookSecret: true })
    expect(renewed.webhookSecret).toMatch(/^whsec_[0-9a-f]{64}$/)
    expect(renewed.webhookSecret).not.toBe(first.webhookSecret)
    // Turned off (mail only, or nothing): no more calls, and the secret stays for the day it is turned on again.
    expect(await patch({ webhookUrl: null })).toMatchObject({ webhookUrl: null, webhookSecret: renewed.webhookSecret })
    const telegram = 'https://api.telegram.org/bot123:abc/sendMessage?chat_id=-1001'
    expect(await patch({ webhookUrl: telegram, webhookFormat: 'telegram' })).toMatchObject({ webhookUrl: telegram })
  })
})

describe('PATCH /api/admin/sites/:id', () => {
  it('updates settings, and the public API follows them at once', async () => {
    const cookie = await signIn()
    const site = await seedSite()
    const { site: updated } = await adminJson<{ site: AdminSite }>(cookie, `/api/admin/sites/${site}`, {
      method: 'PATCH',
      json: {
        moderation: 'all',
        altGateModeration: 'none',
        language: 'nl',
        ownerEmail: 'Owner@Example.com',
        notifyOwner: true,
        spamThreshold: 5,
        eraseMode: 'delete',
      },
    })
    expect(updated).toEqual({
      id: site,
      name: 'Test site',
      allowedOrigins: [ORIGIN],
      ownerEmail: 'Owner@Example.com',
      notifyOwner: true,
      moderation: 'all',
      altGateModeration: 'none',
      language: 'nl',
      gate: 'code',
      spamThreshold: 5,
      webhookUrl: null,
      webhookFormat: 'parley',
      webhookSecret: null,
      eraseMode: 'delete',
      admins: [],
    })
    const posted = await postOk(site, newThreadKey())
    expect(posted.comment.status).toBe('pending')
    await adminJson(cookie, `/api/admin/sites/${site}`, {
      method: 'PATCH',
      json: { allowedOrigins: ['https://other.example'] },
    })
    expect((await postComment(site, newThreadKey())).status).toBe(403)
    const log = await testEnv.DB.prepare('SELECT detail FROM admin_actions WHERE target = ? ORDER BY id')
      .bind(`site ${site}`)
      .all()
    expect(log.results).toEqual([
      { detail: 'ownerEmail, notifyOwner, moderation, altGateModeration, language, spamThreshold, eraseMode' },
      { detail: 'allowedOrigins' },
    ])
  })

  it('answers 404 for an unknown site', async () => {
    const json = { name: 'x' }
    const res = await adminRequest('/api/admin/sites/nope-nope', { method: 'PATCH', cookie: await signIn(), json })
    expect(res.status).toBe(404)
  })
})
