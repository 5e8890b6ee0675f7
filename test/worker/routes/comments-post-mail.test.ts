// POST /api/comments and the mail it writes in its own batch: the followers' notifications, a follow from the form,
// the owner's mail.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../../worker/api-types'
import { postComment, postOk } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { testEnv } from '../support/request'
import { confirmRows, outboxRows } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

describe('POST /api/comments', () => {
  it('sends the author no mail about their own comment, and every other active follower one', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const threadId = await seedThread(site, thread)
    const [ann, bob, pending] = [uniqueEmail('ann'), uniqueEmail('bob'), uniqueEmail('pending')]
    await seedFollowers(threadId, [ann, bob])
    await seedFollowers(threadId, [pending], 'pending')
    const posted = await postOk(site, thread, { name: 'Ann', email: ann.toUpperCase() })
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([
      {
        id: expect.any(Number),
        kind: 'notify',
        recipient: bob,
        state: 'queued',
        attempts: 0,
        comment_id: posted.comment.id,
        last_error: null,
      },
    ])
  })

  it('writes no notification for a comment held for moderation', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    await seedFollowers(await seedThread(site, thread), [uniqueEmail('ann')])
    const posted = await postOk(site, thread)
    expect(posted.comment.status).toBe('pending')
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([])
  })

  it('follows from the comment form: a pending follower and a confirmation mail in the same batch as the comment', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('form')
    const posted = (await (
      await postComment(site, thread, { email: reader, follow: true })
    ).json()) as PostCommentResponse
    expect(posted.follow).toBe('requested')
    expect(
      await testEnv.DB.prepare('SELECT email, state FROM followers WHERE email_normalized = ?').bind(reader).first(),
    ).toEqual({ email: reader, state: 'pending' })
    expect(await confirmRows(thread)).toEqual([
      expect.objectContaining({ kind: 'confirm', recipient: reader, state: 'queued' }),
    ])
  })

  it("writes no owner's mail when the site has owner notifications off", async () => {
    const site = await seedSite({ notifyOwner: false, ownerEmail: uniqueEmail('quiet') })
    const posted = await postOk(site, newThreadKey())
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([])
  })
})
