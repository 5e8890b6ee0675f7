// /api/admin/threads (admin/threads.ts): a site's threads, each thread's followers as a list or a safe CSV, and locking.
import { describe, expect, it } from 'vitest'
import type { AdminFollower, AdminThread, Page } from '../../../worker/admin-types'
import { postComment, postOk } from '../support/api'
import { adminComments, adminJson, adminRequest, signIn } from '../support/admin'
import { newThreadKey, unique, uniqueEmail } from '../support/ids'
import { testEnv } from '../support/request'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

describe('GET /api/admin/threads', () => {
  it("lists a site's threads newest first with their counts and lock state", async () => {
    const site = await seedSite()
    const [older, newer] = [newThreadKey(), newThreadKey()]
    await postOk(site, older)
    await postOk(site, newer)
    await postOk(site, newer)
    const page = await adminJson<Page<AdminThread>>(await signIn(), `/api/admin/threads?site=${site}`)
    expect(page.items.map((t) => [t.key, t.commentCount, t.locked])).toEqual([
      [newer, 2, false],
      [older, 1, false],
    ])
  })
})

describe('GET /api/admin/threads/:id/followers(.csv)', () => {
  it("lists a thread's followers with their states", async () => {
    const id = await seedThread(await seedSite())
    const [ann, bob] = [uniqueEmail('ann'), uniqueEmail('bob')]
    await seedFollowers(id, [ann])
    await seedFollowers(id, [bob], 'unsubscribed')
    const page = await adminJson<Page<AdminFollower>>(await signIn(), `/api/admin/threads/${id}/followers`)
    expect(page.items.map((f) => [f.email, f.state])).toEqual([
      [bob, 'unsubscribed'],
      [ann, 'active'],
    ])
  })

  it('exports them as an RFC 4180 file with formula-like addresses defused', async () => {
    const site = await seedSite({ id: unique('csv') })
    const id = await seedThread(site)
    // Addresses may legally start with = + - or @-like text; seeded directly, as any value could end up stored.
    await seedFollowers(id, [
      '=cmd|calc@example.com',
      '+31@example.com',
      '-x@example.com',
      '@sum@example.com',
      'plain@example.com',
    ])
    await seedFollowers(id, ['quo"te,comma@example.com'], 'pending')
    const res = await adminRequest(`/api/admin/threads/${id}/followers.csv`, { cookie: await signIn() })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="followers-${site}-${id}.csv"`)
    const lines = (await res.text()).split('\r\n')
    expect(lines[0]).toBe('"email","state","reason","refused_at","created_at","updated_at"')
    expect(lines.slice(1, -1).map((line) => line.split('","').slice(0, 2).join('","') + '"')).toEqual([
      `"'=cmd|calc@example.com","active"`,
      `"'+31@example.com","active"`,
      `"'-x@example.com","active"`,
      `"'@sum@example.com","active"`,
      `"plain@example.com","active"`,
      `"quo""te,comma@example.com","pending"`,
    ])
    expect(lines.at(-1)).toBe('')
    const log = await testEnv.DB.prepare('SELECT action, detail FROM admin_actions WHERE target = ?')
      .bind(`thread ${id}`)
      .first()
    expect(log).toEqual({ action: 'export_followers', detail: '6 rows' })
  })

  it('answers 404 for an unknown thread', async () => {
    expect((await adminRequest('/api/admin/threads/999999999/followers.csv', { cookie: await signIn() })).status).toBe(
      404,
    )
  })
})

describe('POST /api/admin/threads/:id/lock and /unlock', () => {
  it('refuses new comments while locked and takes them again once unlocked', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const cookie = await signIn()
    const { comment } = await postOk(site, thread)
    const threadId = (await adminComments(cookie, `site=${site}`)).items.find((c) => c.id === comment.id)!.thread.id
    const locked = await adminJson<{ thread: { locked: boolean } }>(cookie, `/api/admin/threads/${threadId}/lock`, {
      method: 'POST',
    })
    expect(locked.thread.locked).toBe(true)
    expect((await postComment(site, thread)).status).toBe(409)
    await adminJson(cookie, `/api/admin/threads/${threadId}/unlock`, { method: 'POST' })
    expect((await postComment(site, thread)).status).toBe(201)
  })
})
