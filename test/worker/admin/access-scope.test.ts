// An admin signed in through Cloudflare Access sees and changes only the sites whose admins list them (admin/scope.ts):
// every list is filtered, everything of another site answers 404 as if it did not exist, and what spans all sites
// (adding sites, naming admins, blocks) is the owner's. The email from the token is the actor in the audit log.
import { beforeAll, describe, expect, it } from 'vitest'
import type { AdminComment, AdminSite, AdminThread, AuditEntry, OutboxEntry, Page } from '../../../worker/admin-types'
import { setSiteAdmins } from '../../../worker/db/site-admins'
import { accessRequest, accessToken, makeKey, type SigningKey } from '../support/access'
import { moderate, signIn } from '../support/admin'
import { postOk } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { testEnv } from '../support/request'
import { seedOutbox, seedSite } from '../support/seed'

let key: SigningKey
const admin = uniqueEmail('moderator')
let mine: { site: string; comment: AdminComment['id']; thread: number; mail: number }
let theirs: typeof mine

async function seedHeldComment() {
  const site = await seedSite({ moderation: 'all' })
  const posted = await postOk(site, newThreadKey())
  const thread = (await testEnv.DB.prepare('SELECT thread_id FROM comments WHERE id = ?')
    .bind(posted.comment.id)
    .first<number>('thread_id'))!
  const mail = await seedOutbox(posted.comment.id, uniqueEmail('reader'), 'dead', 6, 'refused')
  return { site, comment: posted.comment.id, thread, mail }
}

beforeAll(async () => {
  key = await makeKey()
  mine = await seedHeldComment()
  theirs = await seedHeldComment()
  await setSiteAdmins(testEnv.DB, mine.site, [admin]).run()
  // The owner acts on the other site: its log entry is not this admin's to see.
  await moderate(await signIn(), theirs.comment, 'spam')
})

async function asAdmin(path: string, init: { method?: string; json?: unknown } = {}) {
  return accessRequest(path, { ...init, token: await accessToken(key, admin), keys: [key] })
}

async function json<T>(path: string): Promise<T> {
  const res = await asAdmin(path)
  expect(res.status, path).toBe(200)
  return res.json()
}

describe("an Access admin's lists hold only their own sites", () => {
  it.each([
    ['comments', '/api/admin/comments', (c: AdminComment) => c.thread.siteId],
    ['threads', '/api/admin/threads', (t: AdminThread) => t.siteId],
  ] as const)('%s', async (_, path, siteOf: (item: never) => string) => {
    const page = await json<Page<never>>(path)
    expect(page.items.length).toBeGreaterThan(0)
    expect(new Set(page.items.map(siteOf))).toEqual(new Set([mine.site]))
  })

  it('mail', async () => {
    const page = await json<Page<OutboxEntry>>('/api/admin/outbox')
    expect(page.items.map((m) => m.id)).toEqual([mine.mail])
  })

  it('sites, with their admins', async () => {
    const { items } = await json<{ items: AdminSite[] }>('/api/admin/sites')
    expect(items.map((s) => [s.id, s.admins])).toEqual([[mine.site, [admin]]])
  })
})

describe("another site's things answer 404, as if they did not exist", () => {
  it.each([
    ['GET', () => `/api/admin/comments?site=${theirs.site}`],
    ['POST', () => `/api/admin/comments/${theirs.comment}/approve`],
    ['PATCH', () => `/api/admin/comments/${theirs.comment}`],
    ['GET', () => `/api/admin/threads?site=${theirs.site}`],
    ['GET', () => `/api/admin/threads/${theirs.thread}`],
    ['POST', () => `/api/admin/threads/${theirs.thread}/lock`],
    ['GET', () => `/api/admin/threads/${theirs.thread}/followers`],
    ['GET', () => `/api/admin/threads/${theirs.thread}/followers.csv`],
    ['POST', () => `/api/admin/outbox/${theirs.mail}/retry`],
    ['PATCH', () => `/api/admin/sites/${theirs.site}`],
  ])('%s %s', async (method, path) => {
    const res = await asAdmin(path(), { method, json: method === 'GET' ? undefined : { body: 'x', name: 'x' } })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
  })
})

describe('what spans every site is the owner’s', () => {
  it.each([
    ['GET', '/api/admin/blocks', undefined, 'Only the owner can manage blocks: they hold on every site.'],
    ['POST', '/api/admin/sites', { id: 'grab', name: 'Mine now' }, 'Only the owner can add a site.'],
  ])('%s %s answers 403', async (method, path, body, message) => {
    const res = await asAdmin(path, { method, json: body })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message } })
  })

  it("refuses naming a site's admins, even of their own site, and changes nothing", async () => {
    const res = await asAdmin(`/api/admin/sites/${mine.site}`, { method: 'PATCH', json: { admins: [admin, 'x@y.nl'] } })
    expect(res.status).toBe(403)
    const { items } = await json<{ items: AdminSite[] }>('/api/admin/sites')
    expect(items[0]!.admins).toEqual([admin])
  })
})

describe('on their own site', () => {
  it('moderates, and the audit log names them by the email from the token', async () => {
    const res = await asAdmin(`/api/admin/comments/${mine.comment}/approve`, { method: 'POST' })
    expect(res.status).toBe(200)
    const log = await json<Page<AuditEntry>>('/api/admin/audit')
    expect(log.items).toContainEqual(
      expect.objectContaining({ actor: admin, action: 'approve', target: `comment ${mine.comment}` }),
    )
    // The owner's action on the other site, and the owner's sign-ins, are not in their log.
    expect(log.items.every((e) => e.actor === admin)).toBe(true)
  })

  it('changes its settings, logged on the site', async () => {
    const res = await asAdmin(`/api/admin/sites/${mine.site}`, { method: 'PATCH', json: { name: 'Renamed' } })
    expect(((await res.json()) as { site: AdminSite }).site).toMatchObject({ name: 'Renamed', admins: [admin] })
    const log = await json<Page<AuditEntry>>('/api/admin/audit?limit=1')
    expect(log.items[0]).toMatchObject({ actor: admin, action: 'update_site', detail: 'name' })
  })
})

describe('the owner', () => {
  it("sees every site's log entries and every site", async () => {
    const cookie = await signIn()
    const log = await accessRequest('/api/admin/audit', { keys: [], headers: { cookie } })
    const entries = ((await log.json()) as Page<AuditEntry>).items
    expect(entries).toContainEqual(expect.objectContaining({ action: 'spam', target: `comment ${theirs.comment}` }))
    const sites = await accessRequest('/api/admin/sites', { keys: [], headers: { cookie } })
    const ids = ((await sites.json()) as { items: AdminSite[] }).items.map((s) => s.id)
    expect(ids).toEqual(expect.arrayContaining([mine.site, theirs.site]))
  })

  it("names a site's admins, lower-cased and once each", async () => {
    const site = await seedSite()
    const res = await accessRequest(`/api/admin/sites/${site}`, {
      method: 'PATCH',
      json: { admins: ['Ann@Example.com', 'ann@example.com', ' bob@example.com '] },
      keys: [],
      headers: { cookie: await signIn() },
    })
    expect(((await res.json()) as { site: AdminSite }).site.admins).toEqual(['ann@example.com', 'bob@example.com'])
  })
})
