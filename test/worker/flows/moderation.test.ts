// Moderation modes end to end: a held comment is hidden from readers and uncounted, listed for the owner, and only an
// approval publishes it, counts it and mails its followers.
import { describe, expect, it } from 'vitest'
import type { AdminComment } from '../../../worker/admin-types'
import { countOf, listComments, postOk } from '../support/api'
import { adminComments, moderate, signIn } from '../support/admin'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { outboxRows } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

describe('moderation modes, end to end', () => {
  it('holds a comment when the site moderates all: hidden from others, uncounted, listed as held for the owner', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const held = await postOk(site, thread, { body: 'Wait for me' })
    expect(held.comment.status).toBe('pending')
    expect((await listComments(site, thread)).comments).toEqual([])
    expect(await countOf(site, thread)).toBe(0)
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
    await seedFollowers(await seedThread(site, thread), [ann, bob])
    const held = await postOk(site, thread, { name: 'Bob', email: bob, body: 'Held *text*' })
    expect(await outboxRows("kind = 'notify' AND comment_id = ?", held.comment.id)).toEqual([])

    const res = await moderate(await signIn(), held.comment.id, 'approve')
    expect(res.status).toBe(200)
    const { comment } = (await res.json()) as { comment: AdminComment }
    expect(comment).toMatchObject({ id: held.comment.id, status: 'published', html: '<p>Held <em>text</em></p>' })
    expect((await listComments(site, thread)).comments.map((c) => [c.id, c.status])).toEqual([
      [held.comment.id, 'published'],
    ])
    expect(await countOf(site, thread)).toBe(1)
    // One mail per active follower but the author, written with the approval.
    expect((await outboxRows("kind = 'notify' AND comment_id = ?", held.comment.id)).map((r) => r.recipient)).toEqual([
      ann,
    ])
  })

  it('holds a first-time commenter, and publishes the same author (by their author token) at once after an approval', async () => {
    const site = await seedSite({ moderation: 'first_time' })
    const email = uniqueEmail('new')
    const first = await postOk(site, newThreadKey(), { email })
    expect(first.comment.status).toBe('pending')
    expect((await moderate(await signIn(), first.comment.id, 'approve')).status).toBe(200)
    const second = await postOk(site, newThreadKey(), { email, authorToken: first.authorToken })
    expect(second.comment.status).toBe('published')
    // The address alone, from another browser, proves nothing.
    expect((await postOk(site, newThreadKey(), { email })).comment.status).toBe('pending')
  })
})
