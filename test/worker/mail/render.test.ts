// Rendering followers' mails from outbox rows (mail/render.ts): languages, names and titles cleaned on the way from
// D1, and mails that must not go out any more.
import { describe, expect, it } from 'vitest'
import { oneLine } from '../../../worker/text'
import { follow } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { mailOf, planOf } from '../support/mail-plan'
import { publishWithoutQueue } from '../support/queue'
import { testEnv } from '../support/request'
import { outboxRows } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

describe('planMail for a notification', () => {
  it('renders in Dutch for a Dutch site, with a link to the comment and a one-click unsubscribe', async () => {
    const site = await seedSite({ language: 'nl', name: 'Theeblog' })
    const thread = newThreadKey()
    await seedFollowers(await seedThread(site, thread), [uniqueEmail('nl')])
    const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Bob', email: null }, 'Lekker')
    const mail = mailOf(await planOf(outboxIds[0]!))
    expect(mail.subject).toBe('Nieuwe reactie op "A thread"')
    expect(mail.text).toMatch(
      new RegExp(
        `^Bob schreef bij "A thread":\n\n> Lekker\n\nLees en reageer: https://blog\\.example/post#parley-c${commentId}\n\n-- \n` +
          `Je krijgt deze e-mail omdat je deze discussie volgt op Theeblog\\.\nBeheer je e-mails van deze site: http://localhost:8787/me/ask\\?token=[\\w.-]+\n` +
          `Afmelden: http://localhost:8787/unsubscribe\\?token=[\\w.-]+$`,
      ),
    )
    expect(mail.html).toContain('<html lang="nl">')
    expect(mail.headers['Content-Language']).toBe('nl')
  })

  it('cleans names and titles on the way from D1, as compose cleans them', async () => {
    const site = await seedSite({ name: 'Blog\r\nX-Evil: 1' })
    const thread = newThreadKey()
    await seedFollowers(await seedThread(site, thread), [uniqueEmail('h')])
    const { outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve\nSubject: hi', email: null })
    // The page's title as the site's own page sends it, after the comment: mails are rendered when they are sent.
    await seedThread(site, thread, { title: 'Tea\r\nBcc: a@b.nl' })
    const mail = mailOf(await planOf(outboxIds[0]!))
    expect(mail.subject).toBe('New comment on "Tea Bcc: a@b.nl"')
    expect(mail.text.split('\n')[0]).toBe('Eve Subject: hi wrote on "Tea Bcc: a@b.nl":')
    expect(oneLine('a\u2028b\tc   d', 5)).toBe('a b …')
  })

  it('cancels the mail when the follower unsubscribed, or the comment was deleted, before it went out', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const [ann, bob] = [uniqueEmail('ann'), uniqueEmail('bob')]
    await seedFollowers(await seedThread(site, thread), [ann, bob])
    const { commentId, outboxIds } = await publishWithoutQueue(site, thread, { name: 'Eve', email: null })
    await testEnv.DB.prepare("UPDATE followers SET state = 'unsubscribed' WHERE email = ?").bind(ann).run()
    const plans = await Promise.all(outboxIds.map((id) => planOf(id)))
    expect(plans.map((p) => ('cancel' in p ? p.cancel : 'send'))).toEqual(['follower is no longer active', 'send'])
    await testEnv.DB.prepare("UPDATE comments SET status = 'deleted' WHERE id = ?").bind(commentId).run()
    expect(await planOf(outboxIds[1]!)).toEqual({ cancel: 'comment is no longer published' })
  })

  it('sends a retry exactly as it was first rendered', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedFollowers(await seedThread(site, thread), [uniqueEmail('r')])
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
    expect(await planOf(outboxIds[0]!)).toEqual({ send: stored })
  })
})

describe('planMail for a confirmation', () => {
  it('links to the confirm page and carries no unsubscribe header', async () => {
    const site = await seedSite()
    const reader = uniqueEmail('c')
    await follow(site, newThreadKey(), reader, { threadTitle: 'Tea' })
    const [row] = await outboxRows('recipient = ?', reader)
    const mail = mailOf(await planOf(row!.id))
    expect(mail.subject).toBe('Confirm that you want to follow "Tea"')
    expect(mail.text).toMatch(
      /Yes, email me about new comments: http:\/\/localhost:8787\/follow\/confirm\?token=[\w.-]+\n/,
    )
    expect(mail.headers).toEqual({ 'Auto-Submitted': 'auto-generated', 'Content-Language': 'en' })
  })

  /** The plan for a confirmation mail queued while the follower was pending, once they are in `state`. */
  async function confirmationPlanWhen(state: 'active' | 'unsubscribed') {
    const reader = uniqueEmail(state)
    await follow(await seedSite(), newThreadKey(), reader)
    await testEnv.DB.prepare('UPDATE followers SET state = ? WHERE email = ?').bind(state, reader).run()
    const [row] = await outboxRows('recipient = ?', reader)
    return planOf(row!.id)
  }

  it('tells a follower who is active by now that they follow already, with a way to stop', async () => {
    const plan = await confirmationPlanWhen('active')
    expect(plan).toMatchObject({ send: { subject: expect.stringMatching(/^You already follow "/) } })
    expect(plan).toMatchObject({
      send: { headers: { 'List-Unsubscribe': expect.stringContaining('/unsubscribe?token=') } },
    })
  })

  it('is cancelled once the follower unsubscribed', async () => {
    expect(await confirmationPlanWhen('unsubscribed')).toEqual({ cancel: 'follower left' })
  })
})
