// Attacks on who a comment seems to come from (issue 15, items 1, 2, 3 and 7), each reproduced and shown to fail.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../../worker/api-types'
import { moderate, signIn } from '../support/admin'
import { postComment, postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

const REGULAR = 'regular@example.org'

describe('first-time moderation and a borrowed address', () => {
  it("holds a post typed with a regular's address, and gives it none of the regular's marks", async () => {
    const site = await seedSite({ moderation: 'first_time' })
    const thread = newThreadKey()
    const first = await postOk(site, thread, { name: 'Regular', email: REGULAR })
    expect(first.comment.status).toBe('pending')
    expect((await moderate(await signIn(), first.comment.id, 'approve')).status).toBe(200)

    const impostor = await postOk(site, thread, { name: 'Regular', email: REGULAR.toUpperCase() })
    expect(impostor.comment.status).toBe('pending')
    expect(impostor.comment.avatar).not.toBe(first.comment.avatar)
  })

  it('publishes a returning author at once when their browser sends back its author token', async () => {
    const site = await seedSite({ moderation: 'first_time' })
    const thread = newThreadKey()
    const first = await postOk(site, thread, { name: 'Regular' })
    await moderate(await signIn(), first.comment.id, 'approve')
    const again = await postOk(site, thread, { name: 'Regular', authorToken: first.authorToken })
    expect(again.comment.status).toBe('published')
    expect(again.comment.avatar).toBe(first.comment.avatar)
  })

  it("refuses another site's author token as proof, and a forged one", async () => {
    const [site, other] = [await seedSite({ moderation: 'first_time' }), await seedSite({ moderation: 'first_time' })]
    const elsewhere = await postOk(other, newThreadKey(), { name: 'Regular' })
    await moderate(await signIn(), elsewhere.comment.id, 'approve')
    const borrowed = await postOk(site, newThreadKey(), { name: 'Regular', authorToken: elsewhere.authorToken })
    expect(borrowed.comment.status).toBe('pending')
    const forged = `${elsewhere.authorToken.slice(0, -4)}AAAA`
    expect((await postOk(site, newThreadKey(), { name: 'Regular', authorToken: forged })).comment.status).toBe(
      'pending',
    )
  })
})

describe('avatars', () => {
  it('never equal for two posts that only share a typed address, nor reveal it', async () => {
    const site = await seedSite()
    const [a, b] = [
      await postOk(site, newThreadKey(), { email: REGULAR }),
      await postOk(site, newThreadKey(), { email: REGULAR }),
    ]
    expect(a.comment.avatar).not.toBe(b.comment.avatar)
    expect(JSON.stringify(a)).not.toContain('regular')
  })
})

describe('an edit after approval', () => {
  it('sends an approved comment on a moderated site back for review, uncounted, and tells the owner', async () => {
    const site = await seedSite({ moderation: 'all', ownerEmail: 'owner@example.org', notifyOwner: true })
    const thread = newThreadKey()
    const posted = await postOk(site, thread, { body: 'Nice post.' })
    await moderate(await signIn(), posted.comment.id, 'approve')
    const edit = await request(`/api/comments/${posted.comment.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${posted.editToken}` },
      json: { body: 'Buy cheap pills at https://spam.example' },
    })
    expect(edit.status).toBe(200)
    expect((await edit.json<{ comment: { status: string } }>()).comment.status).toBe('pending')
    const list = await (await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)).json()
    expect(list).toMatchObject({ thread: { commentCount: 0 }, comments: [] })
    const { results } = await testEnv.DB.prepare(
      "SELECT dedupe_key FROM outbox WHERE kind = 'owner' AND comment_id = ?",
    )
      .bind(posted.comment.id)
      .all<{ dedupe_key: string }>()
    expect(results).toHaveLength(2)
  })

  it('keeps a typo fix published on a site without moderation', async () => {
    const site = await seedSite()
    const posted = await postOk(site, newThreadKey(), { body: 'Teh end.' })
    const edit = await request(`/api/comments/${posted.comment.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${posted.editToken}` },
      json: { body: 'The end.' },
    })
    expect((await edit.json<{ comment: { status: string } }>()).comment.status).toBe('published')
  })
})

describe('a blocked sender', () => {
  it('is answered exactly as anyone else on the site, while the comment is kept as spam', async () => {
    const site = await seedSite()
    const ip = '203.0.113.77'
    const probe = await postComment(site, newThreadKey(), {}, ip)
    const { comment } = await probe.json<PostCommentResponse>()
    await testEnv.DB.prepare(
      'INSERT INTO blocks (kind, value, note, created_by, created_at) SELECT ?, ip_hash, NULL, ?, ? FROM comments WHERE id = ?',
    )
      .bind('ip', 'owner', Date.now(), comment.id)
      .run()
    const blocked = await (
      await postComment(site, newThreadKey(), { follow: true, email: REGULAR }, ip)
    ).json<PostCommentResponse>()
    expect(blocked.comment.status).toBe('published')
    expect(blocked.follow).toBe('requested')
    const stored = await testEnv.DB.prepare('SELECT status FROM comments WHERE id = ?').bind(blocked.comment.id).first()
    expect(stored).toEqual({ status: 'spam' })
  })
})
