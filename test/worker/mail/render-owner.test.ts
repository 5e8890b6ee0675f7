// Rendering the site owner's mail about a new comment (mail/render.ts): who gets it, its moderation links, and when it
// no longer goes out.
import { describe, expect, it } from 'vitest'
import { postOk } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { mailOf, planOf } from '../support/mail-plan'
import { heldWithMail, moderationPath } from '../support/moderation-mail'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedSite } from '../support/seed'

describe("planMail for the owner's mail", () => {
  it('goes to the owner for every new comment, published or held, but not for their own', async () => {
    const owner = uniqueEmail('owner')
    const site = await seedSite({ notifyOwner: true, ownerEmail: owner, moderation: 'first_time' })
    const thread = newThreadKey()
    const held = await postOk(site, thread, { name: 'New', email: uniqueEmail('new'), body: 'First!' })
    expect(held.comment.status).toBe('pending')
    const [row] = await outboxRows("kind = 'owner' AND comment_id = ?", held.comment.id)
    expect(row).toEqual({
      id: expect.any(Number),
      kind: 'owner',
      recipient: owner,
      state: 'queued',
      attempts: 0,
      comment_id: held.comment.id,
      last_error: null,
    })
    const mail = mailOf(await planOf(row!.id))
    expect(mail.subject).toBe(`[Awaiting moderation] New comment by New on "${thread}"`)
    expect(mail.text).toContain('This comment is held until you approve it.')
    const own = await postOk(site, thread, { name: 'Owner', email: owner.toUpperCase() })
    expect(await outboxRows('comment_id = ?', own.comment.id)).toEqual([])
  })

  it('carries approve, delete and spam links for a held comment, and a link to the admin page', async () => {
    const { id, mail } = await heldWithMail('en', true)
    expect(mail.subject).toBe('[Awaiting moderation] New comment by Ann on "Tea"')
    for (const action of ['approve', 'delete', 'spam']) {
      const url = `${testEnv.PUBLIC_URL}${moderationPath(mail, id, action)}`
      expect(mail.text).toContain(`${{ approve: 'Approve', delete: 'Delete', spam: 'Mark as spam' }[action]}: ${url}`)
      expect(mail.html).toContain(`href="${url}"`)
    }
    expect(mail.text).toContain(`Open the admin page: ${testEnv.PUBLIC_URL}/admin`)
  }, 30_000)

  it('is cancelled when the owner turned notifications off before it went out', async () => {
    const site = await seedSite({ notifyOwner: true, ownerEmail: uniqueEmail('owner2') })
    const posted = await postOk(site, newThreadKey())
    await testEnv.DB.prepare('UPDATE sites SET notify_owner = 0 WHERE id = ?').bind(site).run()
    const [row] = await outboxRows('comment_id = ?', posted.comment.id)
    expect(await planOf(row!.id)).toEqual({ cancel: 'owner notifications were turned off' })
  })
})
