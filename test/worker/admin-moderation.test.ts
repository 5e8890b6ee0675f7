import { describe, expect, it } from 'vitest'
import type { AdminComment, AuditEntry, Page } from '../../worker/admin-types'
import type { CountsResponse, ListResponse } from '../../worker/api-types'
import { CREDENTIALS, adminComments, adminJson, adminRequest, moderate, signIn } from './admin-helpers'
import { newThreadKey, postComment, postOk, request, seedSite, testEnv } from './helpers'
import { follow, outboxRows, seedFollowers, uniqueEmail } from './mail-helpers'

const list = async (site: string, thread: string) =>
  (await (await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)).json()) as ListResponse
const count = async (site: string, thread: string) =>
  ((await (await request(`/api/counts?site=${site}&thread=${encodeURIComponent(thread)}`)).json()) as CountsResponse)
    .counts[thread]
const statusOf = async (id: number) =>
  testEnv.DB.prepare('SELECT status FROM comments WHERE id = ?').bind(id).first<string>('status')

describe('moderation modes, end to end', () => {
  it('holds a comment when the site moderates all: hidden from others, uncounted, listed as held for the owner', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const held = await postOk(site, thread, { body: 'Wait for me' })
    expect(held.comment.status).toBe('pending')
    expect((await list(site, thread)).comments).toEqual([])
    expect(await count(site, thread)).toBe(0)
    const cookie = await signIn()
    const page = await adminComments(cookie, `site=${site}&state=pending`)
    expect(page.items.map((c) => [c.id, c.status, c.body, c.thread.key])).toEqual([
      [held.comment.id, 'pending', 'Wait for me', thread],
    ])
  })

  it('approves a held comment: published, counted, and only then the followers notified', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const [ann, bob] = [uniqueEmail('ann'), uniqueEmail('bob')]
    await seedFollowers(site, thread, [ann, bob])
    const held = await postOk(site, thread, { name: 'Bob', email: bob, body: 'Held *text*' })
    expect(await outboxRows("kind = 'notify' AND comment_id = ?", held.comment.id)).toEqual([])

    const res = await moderate(await signIn(), held.comment.id, 'approve')
    expect(res.status).toBe(200)
    const { comment } = (await res.json()) as { comment: AdminComment }
    expect(comment).toMatchObject({ id: held.comment.id, status: 'published', html: '<p>Held <em>text</em></p>' })
    expect((await list(site, thread)).comments.map((c) => [c.id, c.status])).toEqual([[held.comment.id, 'published']])
    expect(await count(site, thread)).toBe(1)
    // One mail per active follower but the author, written with the approval.
    expect((await outboxRows("kind = 'notify' AND comment_id = ?", held.comment.id)).map((r) => r.recipient)).toEqual([
      ann,
    ])
  })

  it('holds a first-time commenter, and publishes the same address at once after an approval', async () => {
    const site = await seedSite({ moderation: 'first_time' })
    const email = uniqueEmail('new')
    const first = await postOk(site, newThreadKey(), { email })
    expect(first.comment.status).toBe('pending')
    expect((await moderate(await signIn(), first.comment.id, 'approve')).status).toBe(200)
    const second = await postOk(site, newThreadKey(), { email: email.toUpperCase() })
    expect(second.comment.status).toBe('published')
  })

  it.each(['delete', 'spam'] as const)(
    '%s removes a published comment from the thread and the counts',
    async (action) => {
      const site = await seedSite()
      const thread = newThreadKey()
      const keep = await postOk(site, thread)
      const gone = await postOk(site, thread)
      expect(await count(site, thread)).toBe(2)
      const res = await moderate(await signIn(), gone.comment.id, action)
      expect(res.status).toBe(200)
      expect(((await res.json()) as { comment: AdminComment }).comment.status).toBe(
        action === 'delete' ? 'deleted' : 'spam',
      )
      expect((await list(site, thread)).comments.map((c) => c.id)).toEqual([keep.comment.id])
      expect((await list(site, thread)).thread.commentCount).toBe(1)
      expect(await count(site, thread)).toBe(1)
    },
  )

  it.each(['delete', 'spam'] as const)('%s of a held comment keeps the count as it was', async (action) => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const held = await postOk(site, thread)
    expect((await moderate(await signIn(), held.comment.id, action)).status).toBe(200)
    expect(await count(site, thread)).toBe(0)
  })

  it('refuses a second approval and an approval of a deleted comment with 409, and counts once', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const cookie = await signIn()
    const held = await postOk(site, thread)
    expect((await moderate(cookie, held.comment.id, 'approve')).status).toBe(200)
    const again = await moderate(cookie, held.comment.id, 'approve')
    expect(again.status).toBe(409)
    expect(await again.json()).toEqual({
      error: { code: 'conflict', message: 'This comment is published; it cannot be approved now.' },
    })
    expect(await count(site, thread)).toBe(1)
    const other = await postOk(site, thread)
    await moderate(cookie, other.comment.id, 'delete')
    expect((await moderate(cookie, other.comment.id, 'approve')).status).toBe(409)
  })

  it('approves a comment marked as spam by mistake', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const cookie = await signIn()
    const posted = await postOk(site, thread)
    await moderate(cookie, posted.comment.id, 'spam')
    expect((await moderate(cookie, posted.comment.id, 'approve')).status).toBe(200)
    expect(await count(site, thread)).toBe(1)
  })

  it('answers 404 for an unknown or malformed comment id', async () => {
    const cookie = await signIn()
    expect((await moderate(cookie, 999_999_999, 'approve')).status).toBe(404)
    expect((await adminRequest('/api/admin/comments/abc/approve', { method: 'POST', cookie })).status).toBe(404)
  })
})

describe('PATCH /api/admin/comments/:id', () => {
  it('edits the text, renders the Markdown again and marks the comment edited', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const posted = await postOk(site, thread, { body: 'Buy [pills](https://spam.example)' })
    const { comment } = await adminJson<{ comment: AdminComment }>(
      await signIn(),
      `/api/admin/comments/${posted.comment.id}`,
      { method: 'PATCH', json: { body: 'Link removed by **the owner**' } },
    )
    expect(comment).toMatchObject({
      body: 'Link removed by **the owner**',
      html: '<p>Link removed by <strong>the owner</strong></p>',
      editedAt: expect.any(String),
    })
    expect((await list(site, thread)).comments[0]!.html).toBe('<p>Link removed by <strong>the owner</strong></p>')
  })

  it('refuses an empty body and the edit of a deleted comment', async () => {
    const site = await seedSite()
    const cookie = await signIn()
    const posted = await postOk(site, newThreadKey())
    const empty = await adminRequest(`/api/admin/comments/${posted.comment.id}`, {
      method: 'PATCH',
      cookie,
      json: { body: ' ' },
    })
    expect(await empty.json()).toEqual({
      error: { code: 'validation_failed', message: 'body is required.', field: 'body' },
    })
    await moderate(cookie, posted.comment.id, 'delete')
    expect(
      (await adminRequest(`/api/admin/comments/${posted.comment.id}`, { method: 'PATCH', cookie, json: { body: 'x' } }))
        .status,
    ).toBe(409)
  })
})

describe('GET /api/admin/comments', () => {
  it('lists newest first across sites, filters by site, thread and state, and pages with a cursor', async () => {
    const [a, b] = [await seedSite(), await seedSite({ moderation: 'all' })]
    const [ta, tb] = [newThreadKey(), newThreadKey()]
    const ids = []
    for (const [site, thread] of [
      [a, ta],
      [b, tb],
      [a, ta],
      [b, tb],
    ] as const)
      ids.push((await postOk(site, thread)).comment.id)
    const cookie = await signIn()
    expect((await adminComments(cookie, `site=${a}`)).items.map((c) => c.id)).toEqual([ids[2], ids[0]])
    const threadId = (await adminComments(cookie, `site=${b}`)).items[0]!.thread.id
    expect((await adminComments(cookie, `thread=${threadId}&state=pending`)).items.map((c) => c.id)).toEqual([
      ids[3],
      ids[1],
    ])
    expect((await adminComments(cookie, `site=${b}&state=published`)).items).toEqual([])
    const first = await adminComments(cookie, `site=${a}&limit=1`)
    expect(first.items.map((c) => c.id)).toEqual([ids[2]])
    expect(
      (await adminComments(cookie, `site=${a}&limit=1&cursor=${first.nextCursor}`)).items.map((c) => c.id),
    ).toEqual([ids[0]])
  })

  it('shows the owner the address and the IP hash, never the IP', async () => {
    const site = await seedSite()
    const email = uniqueEmail('seen')
    await postComment(site, newThreadKey(), { email }, '203.0.113.9')
    const [comment] = (await adminComments(await signIn(), `site=${site}`)).items
    expect(comment).toMatchObject({ email, ipHash: expect.stringMatching(/^[0-9a-f]{32}$/) })
    expect(JSON.stringify(comment)).not.toContain('203.0.113.9')
  })

  it('refuses an unknown state with 400', async () => {
    const res = await adminRequest('/api/admin/comments?state=hidden', { cookie: await signIn() })
    expect(await res.json()).toEqual({
      error: {
        code: 'validation_failed',
        message: 'state must be one of pending, published, spam, deleted.',
        field: 'state',
      },
    })
  })
})

describe('locking a thread', () => {
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

describe('blocking', () => {
  it("keeps a blocked address's comment as spam, answers it as awaiting approval, and mails nobody", async () => {
    const site = await seedSite({ notifyOwner: true, ownerEmail: 'owner@example.com' })
    const thread = newThreadKey()
    const cookie = await signIn()
    const troll = uniqueEmail('troll')
    const block = await adminRequest('/api/admin/blocks', {
      method: 'POST',
      cookie,
      json: { kind: 'email', value: ` ${troll.toUpperCase()} `, note: 'abuse' },
    })
    expect(block.status).toBe(201)
    expect(await block.json()).toEqual({
      block: {
        id: expect.any(Number),
        kind: 'email',
        value: troll,
        note: 'abuse',
        createdBy: CREDENTIALS.user,
        createdAt: expect.any(String),
      },
    })
    const posted = await postOk(site, thread, { email: troll, follow: true })
    expect(posted.comment.status).toBe('pending')
    expect(await statusOf(posted.comment.id)).toBe('spam')
    expect((await list(site, thread)).comments).toEqual([])
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([])
    expect(await testEnv.DB.prepare('SELECT count(*) AS n FROM followers WHERE email = ?').bind(troll).first('n')).toBe(
      0,
    )
  })

  it("drops a blocked address's follow request without saying so", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const victim = uniqueEmail('victim')
    await adminJson(await signIn(), '/api/admin/blocks', { method: 'POST', json: { kind: 'email', value: victim } })
    const res = await follow(site, thread, victim)
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ follow: 'confirmation_sent' })
    expect(
      await testEnv.DB.prepare('SELECT count(*) AS n FROM followers WHERE email = ?').bind(victim).first('n'),
    ).toBe(0)
  })

  it('blocks an IP hash taken from a comment, and lets it comment again once unblocked', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const cookie = await signIn()
    const ip = '198.51.100.23'
    await postComment(site, thread, {}, ip)
    const ipHash = (await adminComments(cookie, `site=${site}`)).items[0]!.ipHash
    const { block } = await adminJson<{ block: { id: number } }>(cookie, '/api/admin/blocks', {
      method: 'POST',
      json: { kind: 'ip', value: ipHash },
    })
    const blocked = (await (await postComment(site, thread, {}, ip)).json()) as { comment: { id: number } }
    expect(await statusOf(blocked.comment.id)).toBe('spam')
    expect((await adminRequest(`/api/admin/blocks/${block.id}`, { method: 'DELETE', cookie })).status).toBe(204)
    const after = (await (await postComment(site, thread, {}, ip)).json()) as {
      comment: { id: number; status: string }
    }
    expect(after.comment.status).toBe('published')
  })

  it('refuses a value that is not an address or an IP hash', async () => {
    const cookie = await signIn()
    const bad = async (json: unknown) =>
      (
        (await (await adminRequest('/api/admin/blocks', { method: 'POST', cookie, json })).json()) as {
          error: { field: string }
        }
      ).error.field
    expect(await bad({ kind: 'email', value: 'not an address' })).toBe('value')
    expect(await bad({ kind: 'ip', value: '10.0.0.1' })).toBe('value')
    expect(await bad({ kind: 'name', value: 'x' })).toBe('kind')
  })
})

describe('the audit log', () => {
  it('records who did what to which comment, newest first', async () => {
    const site = await seedSite({ moderation: 'all' })
    const cookie = await signIn()
    const held = await postOk(site, newThreadKey())
    await moderate(cookie, held.comment.id, 'approve')
    await moderate(cookie, held.comment.id, 'spam')
    const log = await adminJson<Page<AuditEntry>>(cookie, '/api/admin/audit?limit=2')
    expect(log.items.map(({ actor, action, target, detail }) => ({ actor, action, target, detail }))).toEqual([
      { actor: CREDENTIALS.user, action: 'spam', target: `comment ${held.comment.id}`, detail: 'published → spam' },
      {
        actor: CREDENTIALS.user,
        action: 'approve',
        target: `comment ${held.comment.id}`,
        detail: 'pending → published',
      },
    ])
    expect(log.nextCursor).not.toBeNull()
  })

  it('logs one approval when two arrive at once', async () => {
    const site = await seedSite({ moderation: 'all' })
    const cookie = await signIn()
    const held = await postOk(site, newThreadKey())
    const statuses = (
      await Promise.all([moderate(cookie, held.comment.id, 'approve'), moderate(cookie, held.comment.id, 'approve')])
    ).map((r) => r.status)
    expect(statuses.sort()).toEqual([200, 409])
    const logged = await testEnv.DB.prepare(
      "SELECT count(*) AS n FROM admin_actions WHERE target = ? AND action = 'approve'",
    )
      .bind(`comment ${held.comment.id}`)
      .first('n')
    expect(logged).toBe(1)
  })
})
