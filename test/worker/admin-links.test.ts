import { describe, expect, it } from 'vitest'
import { moderationLinks } from '../../worker/moderation/links'
import { findDelivery } from '../../worker/db/outbox-delivery'
import type { SentMail } from '../../worker/db/outbox-log'
import { planMail } from '../../worker/mail/render'
import { signToken } from '../../worker/tokens'
import { newThreadKey, postOk, request, seedSite, testEnv } from './helpers'
import { uniqueEmail, waitForMail } from './mail-helpers'

const statusOf = async (id: number) =>
  testEnv.DB.prepare('SELECT status FROM comments WHERE id = ?').bind(id).first<string>('status')

type Mail = Pick<SentMail, 'subject' | 'text' | 'html'>

/**
 * A held comment on a site that mails its owner, and the owner's mail about it: by default rendered here, as the
 * queue consumer renders it (waiting for the local queue costs seconds per mail); `delivered` waits for the real one.
 */
async function heldWithMail(
  language: 'en' | 'nl' = 'en',
  delivered = false,
  body = 'Please approve me',
): Promise<{ id: number; mail: Mail }> {
  const owner = uniqueEmail('owner')
  const site = await seedSite({ moderation: 'all', notifyOwner: true, ownerEmail: owner, language })
  const { comment } = await postOk(site, newThreadKey(), { name: 'Ann', body, threadTitle: 'Tea' })
  if (delivered) return { id: comment.id, mail: await waitForMail(owner, /^\[Awaiting moderation\]/) }
  const outboxId = await testEnv.DB.prepare("SELECT id FROM outbox WHERE kind = 'owner' AND comment_id = ?")
    .bind(comment.id)
    .first<number>('id')
  const plan = await planMail(testEnv, (await findDelivery(testEnv.DB, outboxId!))!, Date.now())
  if (!('send' in plan)) throw new Error(`owner mail cancelled: ${plan.cancel}`)
  return { id: comment.id, mail: plan.send }
}

/** The path and query of the mail's link for this comment and action. */
function link(mail: Mail, id: number, action: string): string {
  const url = mail.text.match(new RegExp(`https?://\\S+/moderate/${id}/${action}\\?token=[\\w.-]+`))?.[0]
  if (!url) throw new Error(`no ${action} link in: ${mail.text}`)
  const { pathname, search } = new URL(url)
  return pathname + search
}

const post = (path: string) =>
  request(path, {
    method: 'POST',
    origin: null,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'confirm=approve',
  })

describe("the owner's mail about a held comment", () => {
  it('carries approve, delete and spam links, and a link to the admin page', async () => {
    const { id, mail } = await heldWithMail('en', true)
    expect(mail.subject).toBe('[Awaiting moderation] New comment by Ann on "Tea"')
    for (const action of ['approve', 'delete', 'spam']) {
      expect(mail.text).toContain(
        `${{ approve: 'Approve', delete: 'Delete', spam: 'Mark as spam' }[action]}: ${testEnv.PUBLIC_URL}${link(mail, id, action)}`,
      )
      expect(mail.html).toContain(`href="${testEnv.PUBLIC_URL}${link(mail, id, action)}"`)
    }
    expect(mail.text).toContain(`Open the admin page: ${testEnv.PUBLIC_URL}/admin`)
  }, 30_000)

  it('offers no approve link for a comment that is published already', async () => {
    const links = await moderationLinks(testEnv, 1, 'published', Date.now())
    expect(links.map((l) => l.action)).toEqual(['delete', 'spam'])
  })
})

describe('GET /moderate/:id/:action', () => {
  it('quotes a long comment cut at 300 characters without splitting an emoji in two', async () => {
    const { id, mail } = await heldWithMail('en', false, `${'a'.repeat(299)}🙂 and more`)
    const html = await (await request(link(mail, id, 'approve'), { origin: null })).text()
    expect(html).toContain(`${'a'.repeat(299)}🙂…`)
  })

  it('shows a confirmation page with a button and changes nothing, since mail scanners open links', async () => {
    const { id, mail } = await heldWithMail()
    const path = link(mail, id, 'approve')
    const res = await request(path, { origin: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    const html = await res.text()
    expect(html).toContain('<h1>Approve this comment?</h1>')
    expect(html).toContain('The comment by Ann on &quot;Tea&quot;. “Please approve me”')
    expect(html).toContain(`<form method="post" action="${path.replace(/&/g, '&amp;')}">`)
    expect(html).toContain('<a href="/admin">Open the admin page</a>')
    expect(await request(path, { origin: null })).toHaveProperty('status', 200)
    expect(await statusOf(id)).toBe('pending')
  })

  it("speaks the site's language", async () => {
    const { id, mail } = await heldWithMail('nl')
    expect(await (await request(link(mail, id, 'spam'), { origin: null })).text()).toContain(
      '<h1>Deze reactie markeren als spam?</h1>',
    )
  })
})

describe('POST /moderate/:id/:action', () => {
  it('approves once, and refuses the same link a second time with a readable page', async () => {
    const { id, mail } = await heldWithMail()
    const path = link(mail, id, 'approve')
    const done = await post(path)
    expect(done.status).toBe(200)
    expect(await done.text()).toContain('<h1>Comment approved</h1>')
    expect(await statusOf(id)).toBe('published')
    const log = await testEnv.DB.prepare('SELECT actor, action FROM admin_actions WHERE target = ?')
      .bind(`comment ${id}`)
      .all()
    expect(log.results).toEqual([{ actor: 'owner (mail link)', action: 'approve' }])

    for (const again of [await post(path), await request(path, { origin: null })]) {
      expect(again.status).toBe(409)
      expect(again.headers.get('content-type')).toBe('text/html; charset=utf-8')
      const html = await again.text()
      expect(html).toContain('<h1>This link was already used</h1>')
      expect(html).toContain('<a href="/admin">Open the admin page</a>')
    }
  })

  it("refuses a link used on another comment's id, and leaves both comments as they were", async () => {
    const a = await heldWithMail()
    const b = await heldWithMail()
    const stolen = link(a.mail, a.id, 'delete').replace(`/moderate/${a.id}/`, `/moderate/${b.id}/`)
    const res = await post(stolen)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('<h1>This link does not work</h1>')
    expect([await statusOf(a.id), await statusOf(b.id)]).toEqual(['pending', 'pending'])
  })

  it('refuses a link used for another action than the one it was made for', async () => {
    const { id, mail } = await heldWithMail()
    const res = await post(link(mail, id, 'approve').replace('/approve?', '/delete?'))
    expect(res.status).toBe(400)
    expect(await statusOf(id)).toBe('pending')
  })

  it('refuses forged, expired, other-purpose and missing tokens with a page, never a 500', async () => {
    const site = await seedSite({ moderation: 'all' })
    const { comment } = await postOk(site, newThreadKey())
    const claims = { cid: comment.id, act: 'approve', jti: crypto.randomUUID() }
    const tokens = [
      await signToken('not-the-key', 'moderate', claims, Date.now() + 60_000),
      await signToken(testEnv.SIGNING_KEY, 'moderate', claims, Date.now() - 1000),
      await signToken(testEnv.SIGNING_KEY, 'edit', claims, Date.now() + 60_000),
      'garbage',
    ]
    for (const path of [
      ...tokens.map((t) => `/moderate/${comment.id}/approve?token=${t}`),
      `/moderate/${comment.id}/approve`,
      '/moderate/0/approve?token=x',
    ]) {
      const res = await post(path)
      expect(res.status).toBe(400)
      expect(await res.text()).toContain('<h1>This link does not work</h1>')
    }
    expect(await statusOf(comment.id)).toBe('pending')
  })

  it('keeps the other links of the mail working: delete after approve', async () => {
    const { id, mail } = await heldWithMail()
    expect((await post(link(mail, id, 'approve'))).status).toBe(200)
    expect((await post(link(mail, id, 'delete'))).status).toBe(200)
    expect(await statusOf(id)).toBe('deleted')
    const spam = await request(link(mail, id, 'spam'), { origin: null })
    expect(spam.status).toBe(409)
    expect(await spam.text()).toContain('This comment is deleted already')
  })

  it('lets only one of two simultaneous clicks act', async () => {
    const { id, mail } = await heldWithMail()
    const path = link(mail, id, 'approve')
    const statuses = (await Promise.all([post(path), post(path)])).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 409])
    const counted = await testEnv.DB.prepare(
      'SELECT comment_count FROM threads WHERE id = (SELECT thread_id FROM comments WHERE id = ?)',
    )
      .bind(id)
      .first('comment_count')
    expect(counted).toBe(1)
  })
})
