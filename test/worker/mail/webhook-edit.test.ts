// An author's edit that sends their published comment back for review calls the owner's webhook again, as it mails.
import { describe, expect, it } from 'vitest'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { runQueue } from '../support/queue'
import { request, testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedWebhookSite } from '../support/webhooks'

/** Plays the queue for the comment's rows still queued. */
async function deliverQueued(commentId: number) {
  const rows = await outboxRows("comment_id = ? AND state = 'queued'", commentId)
  await runQueue(
    rows.map((r) => r.id),
    Date.now(),
  )
}

describe("an author's edit on a moderated site", () => {
  it('calls the webhook again with the comment held, carrying its approve link', async () => {
    const { site, receiver } = await seedWebhookSite('200')
    const posted = await postOk(site, newThreadKey(), { body: 'First words' })
    await deliverQueued(posted.comment.id)
    await testEnv.DB.prepare("UPDATE sites SET moderation = 'all' WHERE id = ?").bind(site).run()
    const headers = { authorization: `Bearer ${posted.editToken}` }
    const res = await request(`/api/comments/${posted.comment.id}`, { method: 'PATCH', headers, json: { body: 'New' } })
    expect(res.status).toBe(200)
    await deliverQueued(posted.comment.id)
    const calls = await receiver.calls()
    expect(calls.map((c) => c.headers['x-parley-event'])).toEqual(['comment.published', 'comment.held'])
    const held = JSON.parse(calls[1]!.body) as { comment: { text: string }; actions: Record<string, string> }
    expect(held.comment.text).toBe('New')
    expect(Object.keys(held.actions)).toEqual(['approve', 'delete', 'spam'])
  })
})
