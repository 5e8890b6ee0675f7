// POST /api/admin/comments/:id/:action (admin/comments.ts): approve, delete or mark as spam, each only from a state it
// makes sense in, with the thread's count kept right.
import { describe, expect, it } from 'vitest'
import type { AdminComment } from '../../../worker/admin-types'
import { countOf, listComments, postOk } from '../support/api'
import { adminRequest, moderate, signIn } from '../support/admin'
import { newThreadKey } from '../support/ids'
import { seedSite } from '../support/seed'

describe('POST /api/admin/comments/:id/:action', () => {
  it.each(['delete', 'spam'] as const)(
    '%s removes a published comment from the thread and the counts',
    async (action) => {
      const site = await seedSite()
      const thread = newThreadKey()
      const keep = await postOk(site, thread)
      const gone = await postOk(site, thread)
      expect(await countOf(site, thread)).toBe(2)
      const res = await moderate(await signIn(), gone.comment.id, action)
      expect(res.status).toBe(200)
      expect(((await res.json()) as { comment: AdminComment }).comment.status).toBe(
        action === 'delete' ? 'deleted' : 'spam',
      )
      expect((await listComments(site, thread)).comments.map((c) => c.id)).toEqual([keep.comment.id])
      expect((await listComments(site, thread)).thread.commentCount).toBe(1)
      expect(await countOf(site, thread)).toBe(1)
    },
  )

  it.each(['delete', 'spam'] as const)('%s of a held comment keeps the count as it was', async (action) => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const held = await postOk(site, thread)
    expect((await moderate(await signIn(), held.comment.id, action)).status).toBe(200)
    expect(await countOf(site, thread)).toBe(0)
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
    expect(await countOf(site, thread)).toBe(1)
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
    expect(await countOf(site, thread)).toBe(1)
  })

  it('answers 404 for an unknown or malformed comment id', async () => {
    const cookie = await signIn()
    expect((await moderate(cookie, 999_999_999, 'approve')).status).toBe(404)
    expect((await adminRequest('/api/admin/comments/abc/approve', { method: 'POST', cookie })).status).toBe(404)
  })
})
