// /api/admin/comments (admin/comments.ts): the owner's list across sites, with what readers never see, and the
// owner's edit of a comment's text.
import { describe, expect, it } from 'vitest'
import type { AdminComment } from '../../../worker/admin-types'
import { listComments, postComment, postOk } from '../support/api'
import { adminComments, adminJson, adminPlans, adminRequest, moderate, signIn } from '../support/admin'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { seedSite, seedThread } from '../support/seed'

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
    const message = 'state must be one of pending, published, spam, deleted.'
    expect(await res.json()).toEqual({ error: { code: 'validation_failed', message, field: 'state' } })
  })

  it('serves held comments from comments_by_status and one thread from comments_by_thread', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const threadId = await seedThread(site, thread)
    await postOk(site, thread)
    expect(await adminPlans('/api/admin/comments?state=pending', /FROM comments c/)).toEqual([
      expect.stringContaining('comments_by_status'),
    ])
    expect(await adminPlans(`/api/admin/comments?thread=${threadId}`, /FROM comments c/)).toEqual([
      expect.stringContaining('comments_by_thread'),
    ])
  })
})

describe('PATCH /api/admin/comments/:id', () => {
  it('edits the text, renders the Markdown again and marks the comment edited', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const posted = await postOk(site, thread, { body: 'Nice post! Buy [pills](https://spam.example)' })
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
    expect((await listComments(site, thread)).comments[0]!.html).toBe(
      '<p>Link removed by <strong>the owner</strong></p>',
    )
  })

  it('refuses an empty body and the edit of a deleted comment', async () => {
    const site = await seedSite()
    const cookie = await signIn()
    const posted = await postOk(site, newThreadKey())
    const path = `/api/admin/comments/${posted.comment.id}`
    const empty = await adminRequest(path, { method: 'PATCH', cookie, json: { body: ' ' } })
    expect(await empty.json()).toEqual({
      error: { code: 'validation_failed', message: 'body is required.', field: 'body' },
    })
    await moderate(cookie, posted.comment.id, 'delete')
    expect((await adminRequest(path, { method: 'PATCH', cookie, json: { body: 'x' } })).status).toBe(409)
  })
})
