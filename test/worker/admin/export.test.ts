// GET /api/admin/export (admin/export.ts): a whole site as Parley's JSON, logged like every export of addresses (the
// sign-in guarding it is proven for every admin route by index.test.ts).
import { describe, expect, it } from 'vitest'
import { postOk } from '../support/api'
import { adminRequest, signIn } from '../support/admin'
import { unique, uniqueEmail } from '../support/ids'
import { testEnv } from '../support/request'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

describe('GET /api/admin/export', () => {
  it('gives the site settings, threads, comments with parents and states, and followers, as a file', async () => {
    const site = await seedSite({ id: unique('export'), language: 'nl' })
    const { comment: first } = await postOk(site, '/post/one')
    const { comment: reply } = await postOk(site, '/post/one', { parentId: first.id, email: 'Ann@Example.org' })
    const threadId = await seedThread(site, '/post/two', { title: 'Two', url: 'https://blog.example/post/two' })
    const kim = uniqueEmail('kim')
    await seedFollowers(threadId, [kim], 'unsubscribed')
    const res = await adminRequest(`/api/admin/export?site=${site}`, { cookie: await signIn() })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="parley-${site}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    )
    const body = await res.json<any>()
    expect(body.parley).toBe(1)
    expect(body.site).toMatchObject({ id: site, name: 'Test site', language: 'nl', moderation: 'none', admins: [] })
    expect(body.threads.map((t: any) => [t.key, t.title, t.url, t.locked])).toEqual([
      ['/post/one', expect.any(String), expect.toBeOneOf([null, expect.any(String)]), false],
      ['/post/two', 'Two', 'https://blog.example/post/two', false],
    ])
    const [one] = body.threads
    expect(body.comments.map((c: any) => [c.id, c.threadId, c.parentId, c.status, c.email])).toEqual([
      [first.id, one.id, null, 'published', expect.toBeOneOf([null, expect.any(String)])],
      [reply.id, one.id, first.id, 'published', 'Ann@Example.org'],
    ])
    expect(body.comments[1].createdAt).toBe(reply.createdAt)
    expect(body.followers).toEqual([
      { threadId, email: kim, state: 'unsubscribed', createdAt: expect.any(String), updatedAt: expect.any(String) },
    ])
    const log = await testEnv.DB.prepare('SELECT action, detail FROM admin_actions WHERE target = ?')
      .bind(`site ${site}`)
      .first()
    expect(log).toEqual({ action: 'export_site', detail: '2 threads, 2 comments, 1 followers' })
  })

  it('answers 404 for a site that does not exist', async () => {
    expect((await adminRequest('/api/admin/export?site=nosuchsite', { cookie: await signIn() })).status).toBe(404)
  })
})

describe("the export of a site's webhook", () => {
  it('names its format and host, never its URL (with a token in it) nor its secret', async () => {
    const url = 'https://hooks.slack.com/services/T0/B0/token-in-the-path'
    const site = await seedSite({ webhookUrl: url, webhookFormat: 'slack', webhookSecret: 'whsec_not-for-files' })
    const text = await (await adminRequest(`/api/admin/export?site=${site}`, { cookie: await signIn() })).text()
    const { site: exported } = JSON.parse(text) as { site: Record<string, unknown> }
    expect(exported).toMatchObject({ webhookFormat: 'slack', webhookHost: 'hooks.slack.com' })
    expect(Object.keys(exported)).not.toContain('webhookUrl')
    expect(text).not.toContain('token-in-the-path')
    expect(text).not.toContain('whsec_not-for-files')
  })
})
