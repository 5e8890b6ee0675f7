// /api/admin/blocks (admin/blocks.ts): a blocked address or IP hash is kept out without being told: its comments are
// spam, its follows vanish, nobody is mailed.
import { describe, expect, it } from 'vitest'
import { errorField, follow, listComments, postComment, postOk } from '../support/api'
import { CREDENTIALS, adminComments, adminJson, adminRequest, signIn } from '../support/admin'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { commentStatus, followerRows, outboxRows } from '../support/rows'
import { seedSite } from '../support/seed'

describe('POST /api/admin/blocks', () => {
  it("keeps a blocked address's comment as spam, answers it as the site answers anyone, and mails nobody", async () => {
    const site = await seedSite({ notifyOwner: true, ownerEmail: 'owner@example.com' })
    const thread = newThreadKey()
    const cookie = await signIn()
    const troll = uniqueEmail('troll')
    const block = await adminRequest('/api/admin/blocks', {
      method: 'POST',
      cookie,
      json: { kind: 'email', value: ` ${troll.toUpperCase()} `, note: 'abuse' },
    })
    expect(block.status).toBe(201)
    expect(await block.json()).toEqual({
      block: {
        id: expect.any(Number),
        kind: 'email',
        value: troll,
        note: 'abuse',
        createdBy: CREDENTIALS.user,
        createdAt: expect.any(String),
      },
    })
    const posted = await postOk(site, thread, { email: troll, follow: true })
    // The site publishes at once, so that is what the blocked author is told, and that a follow was requested.
    expect(posted.comment.status).toBe('published')
    expect(posted.follow).toBe('requested')
    expect(await commentStatus(posted.comment.id)).toBe('spam')
    expect((await listComments(site, thread)).comments).toEqual([])
    expect(await outboxRows('comment_id = ?', posted.comment.id)).toEqual([])
    expect(await followerRows(troll)).toBe(0)
  })

  it("drops a blocked address's follow request without saying so", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const victim = uniqueEmail('victim')
    await adminJson(await signIn(), '/api/admin/blocks', { method: 'POST', json: { kind: 'email', value: victim } })
    const res = await follow(site, thread, victim)
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ follow: 'requested' })
    expect(await followerRows(victim)).toBe(0)
  })

  it('blocks an IP hash taken from a comment, and lets it comment again once unblocked', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const cookie = await signIn()
    const ip = '198.51.100.23'
    await postComment(site, thread, {}, ip)
    const ipHash = (await adminComments(cookie, `site=${site}`)).items[0]!.ipHash
    const { block } = await adminJson<{ block: { id: number } }>(cookie, '/api/admin/blocks', {
      method: 'POST',
      json: { kind: 'ip', value: ipHash },
    })
    const blocked = (await (await postComment(site, thread, {}, ip)).json()) as { comment: { id: number } }
    expect(await commentStatus(blocked.comment.id)).toBe('spam')
    expect((await adminRequest(`/api/admin/blocks/${block.id}`, { method: 'DELETE', cookie })).status).toBe(204)
    const after = (await (await postComment(site, thread, {}, ip)).json()) as {
      comment: { id: number; status: string }
    }
    expect(after.comment.status).toBe('published')
  })

  it('refuses a value that is not an address or an IP hash', async () => {
    const cookie = await signIn()
    const bad = (json: unknown) => errorField(adminRequest('/api/admin/blocks', { method: 'POST', cookie, json }))
    expect(await bad({ kind: 'email', value: 'not an address' })).toBe('value')
    expect(await bad({ kind: 'ip', value: '10.0.0.1' })).toBe('value')
    expect(await bad({ kind: 'name', value: 'x' })).toBe('kind')
  })
})
