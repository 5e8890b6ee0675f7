// /moderate/:id/:action?token=…: the owner's mail links. GET shows a page with a button and changes nothing, POST acts
// once; every refusal is a readable page.
import { describe, expect, it } from 'vitest'
import { moderationLinks } from '../../../worker/moderation/links'
import { signToken } from '../../../worker/tokens'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { confirmModeration as post, heldWithMail, moderationPath as link } from '../support/moderation-mail'
import { request, testEnv } from '../support/request'
import { commentStatus } from '../support/rows'
import { seedSite } from '../support/seed'

const DAY = 24 * 3600_000

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
    expect(await commentStatus(id)).toBe('pending')
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
    expect(await commentStatus(id)).toBe('published')
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
    expect([await commentStatus(a.id), await commentStatus(b.id)]).toEqual(['pending', 'pending'])
  })

  it('refuses a link used for another action than the one it was made for', async () => {
    const { id, mail } = await heldWithMail()
    const res = await post(link(mail, id, 'approve').replace('/approve?', '/delete?'))
    expect(res.status).toBe(400)
    expect(await commentStatus(id)).toBe('pending')
  })

  it('refuses forged, expired, other-purpose and missing tokens with a page, never a 500', async () => {
    const site = await seedSite({ moderation: 'all' })
    const { comment } = await postOk(site, newThreadKey())
    const claims = { cid: comment.id, act: 'approve', jti: crypto.randomUUID() }
    const tokens = [
      await signToken('not-the-key', 'moderate', claims, Date.now() + 60_000),
      await signToken(testEnv.SIGNING_KEY, 'edit', claims, Date.now() + 60_000),
      'garbage',
    ]
    // The mail's own approve link, pressed 31 days after the mail: a link lives 30.
    const [approve] = await moderationLinks(testEnv, comment.id, 'pending', Date.now())
    const expired = new URL(approve!.url)
    const attempts: [string, number?][] = [
      [expired.pathname + expired.search, Date.now() + 31 * DAY],
      ...tokens.map((t): [string] => [`/moderate/${comment.id}/approve?token=${t}`]),
      [`/moderate/${comment.id}/approve`],
      ['/moderate/0/approve?token=x'],
    ]
    for (const [path, at] of attempts) {
      const res = await post(path, at)
      expect(res.status).toBe(400)
      expect(await res.text()).toContain('<h1>This link does not work</h1>')
    }
    expect(await commentStatus(comment.id)).toBe('pending')
  })

  it('keeps the other links of the mail working: delete after approve', async () => {
    const { id, mail } = await heldWithMail()
    expect((await post(link(mail, id, 'approve'))).status).toBe(200)
    expect((await post(link(mail, id, 'delete'))).status).toBe(200)
    expect(await commentStatus(id)).toBe('deleted')
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
