// Rendering mails from outbox rows: languages, the owner's mail, no header injection, and mails that must not go out.
import { describe, expect, it } from 'vitest'
import { findDelivery } from '../../worker/db/outbox-delivery'
import { compose } from '../../worker/mail/compose'
import { planMail, type MailPlan } from '../../worker/mail/render'
import { oneLine } from '../../worker/text'
import { newThreadKey, postOk, seedSite, testEnv } from './helpers'
import { follow, outboxRows, publishWithoutQueue, seedFollowers, uniqueEmail } from './mail-helpers'

const NOW = Date.now()

async function plan(outboxId: number): Promise<MailPlan> {
  return planMail(testEnv, (await findDelivery(testEnv.DB, outboxId))!, NOW)
}

function sent(p: MailPlan) {
  if (!('send' in p)) throw new Error(`expected a mail, got: ${p.cancel}`)
  return p.send
}

describe('notification mails', () => {
  it('renders in Dutch for a Dutch site, with a link to the comment and a one-click unsubscribe', async () => {
    const site = await seedSite({ language: 'nl', name: 'Theeblog' })
    const thread = newThreadKey()
    const reader = uniqueEmail('nl')
    await seedFollowers(site, thread, [reader])
    const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Bob', email: null }, 'Lekker')
    const mail = sent(await plan(outboxIds[0]!))
    expect(mail.subject).toBe('Nieuwe reactie op "A thread"')
    expect(mail.text).toMatch(
      new RegExp(
        `^Bob schreef bij "A thread":\n\n> Lekker\n\nLees en reageer: https://blog\\.example/post#parley-c${commentId}\n\n-- \n` +
          `Je krijgt deze e-mail omdat je deze discussie volgt op Theeblog\\.\nAfmelden: http://localhost:8787/unsubscribe\\?token=[\\w.-]+$`,
      ),
    )
    expect(mail.html).toContain('<html lang="nl">')
    expect(mail.headers['Content-Language']).toBe('nl')
  })

  it('cannot carry a header or a control character in through a name or a title', async () => {
    const mail = compose({
      language: 'en',
      subject: 'New comment on "Hi\r\nBcc: victim@example.com\u0000\u202e"',
      paragraphs: ['<script>alert(1)</script>'],
      action: { label: 'Read', url: 'https://blog.example/a"onmouseover="x' },
      footer: [],
      unsubscribe: { label: 'Unsubscribe', url: 'https://comments.example/unsubscribe?token=t' },
    })
    expect(mail.subject).toBe('New comment on "Hi Bcc: victim@example.com"')
    for (const value of [mail.subject, ...Object.keys(mail.headers), ...Object.values(mail.headers)]) {
      expect(value).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/)
    }
    expect(mail.html).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>')
    expect(mail.html).toContain('href="https://blog.example/a&quot;onmouseover=&quot;x"')
  })

  it('cleans names and titles the same way on the way from D1', async () => {
    const site = await seedSite({ name: 'Blog\r\nX-Evil: 1' })
    const thread = newThreadKey()
    await seedFollowers(site, thread, [uniqueEmail('h')])
    await testEnv.DB.prepare('UPDATE threads SET title = ? WHERE key = ?').bind('Tea\r\nBcc: a@b.nl', thread).run()
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve\nSubject: hi', email: null })
    const mail = sent(await plan(outboxIds[0]!))
    expect(mail.subject).toBe('New comment on "Tea Bcc: a@b.nl"')
    expect(mail.text.split('\n')[0]).toBe('Eve Subject: hi wrote on "Tea Bcc: a@b.nl":')
    expect(oneLine('a\u2028b\tc   d', 5)).toBe('a b …')
  })

  it('is cancelled when the follower unsubscribed, or the comment was deleted, before it went out', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const [ann, bob] = [uniqueEmail('ann'), uniqueEmail('bob')]
    await seedFollowers(site, thread, [ann, bob])
    const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await testEnv.DB.prepare("UPDATE followers SET state = 'unsubscribed' WHERE email = ?").bind(ann).run()
    const plans = await Promise.all(outboxIds.map(plan))
    expect(plans.map((p) => ('cancel' in p ? p.cancel : 'send'))).toEqual(['follower is no longer active', 'send'])
    await testEnv.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?").bind(commentId).run()
    expect(await plan(outboxIds[1]!)).toEqual({ cancel: 'comment is no longer published' })
  })

  it('sends a retry exactly as it was first rendered', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedFollowers(site, thread, [uniqueEmail('r')])
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    const stored = {
      subject: 'Stored',
      text: 'stored text',
      html: '<p>stored</p>',
      headers: { 'List-Unsubscribe': '<https://x.example/u>' },
    }
    await testEnv.DB.prepare('UPDATE outbox SET subject = ?, text_body = ?, html_body = ?, headers = ? WHERE id = ?')
      .bind(stored.subject, stored.text, stored.html, JSON.stringify(stored.headers), outboxIds[0]!)
      .run()
    expect(await plan(outboxIds[0]!)).toEqual({ send: stored })
  })
})

describe('confirmation mails', () => {
  it('links to the confirm page and carries no unsubscribe header', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('c')
    await follow(site, thread, reader, { threadTitle: 'Tea' })
    const [row] = await outboxRows('recipient = ?', reader)
    const mail = sent(await plan(row!.id))
    expect(mail.subject).toBe('Confirm that you want to follow "Tea"')
    expect(mail.text).toMatch(
      /Yes, email me about new comments: http:\/\/localhost:8787\/follow\/confirm\?token=[\w.-]+\n/,
    )
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated', 'Content-Language': 'en' })
  })

  it('is cancelled once the follower confirmed some other way', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('c2')
    await follow(site, thread, reader)
    await testEnv.DB.prepare("UPDATE followers SET state = 'active' WHERE email = ?").bind(reader).run()
    const [row] = await outboxRows('recipient = ?', reader)
    expect(await plan(row!.id)).toEqual({ cancel: 'follower is no longer pending' })
  })
})

describe("the owner's mail", () => {
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
    const mail = sent(await plan(row!.id))
    expect(mail.subject).toBe(`[Awaiting moderation] New comment by New on "${thread}"`)
    expect(mail.text).toContain('This comment is held until you approve it.')
    const own = await postOk(site, thread, { name: 'Owner', email: owner.toUpperCase() })
    expect(await outboxRows('comment_id = ?', own.comment.id)).toEqual([])
  })

  it('is not written when the site has owner notifications off', async () => {
    const site = await seedSite({ notifyOwner: false, ownerEmail: uniqueEmail('quiet') })
    const posted = await postOk(site, newThreadKey())
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([])
  })

  it('is cancelled when the owner turned notifications off before it went out', async () => {
    const site = await seedSite({ notifyOwner: true, ownerEmail: uniqueEmail('owner2') })
    const posted = await postOk(site, newThreadKey())
    await testEnv.DB.prepare('UPDATE sites SET notify_owner = 0 WHERE id = ?').bind(site).run()
    const [row] = await outboxRows('comment_id = ?', posted.comment.id)
    expect(await plan(row!.id)).toEqual({ cancel: 'owner notifications were turned off' })
  })
})
