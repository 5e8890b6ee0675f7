// Attacks on threads and following (issue 15, items 4, 5 and 6), each reproduced and shown to fail.
import { describe, expect, it } from 'vitest'
import { findThreadById } from '../../../worker/db/threads'
import { follow, postComment, postOk, solvedChallenge } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { linkTo, mailsTo, waitForMail } from '../support/mailbox'
import { request, testEnv } from '../support/request'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

const planted = { threadTitle: 'Your account is suspended - call 555-0100', threadUrl: 'http://localhost:8787/x' }

async function threadRow(site: string, key: string) {
  const row = await testEnv.DB.prepare('SELECT id FROM threads WHERE site_id = ? AND key = ?')
    .bind(site, key)
    .first<{ id: number }>()
  return row && findThreadById(testEnv.DB, row.id)
}

describe('a thread planted from outside the site', () => {
  it('cannot be started by a request without the Origin of one of the site pages', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const json = { site, thread, name: 'Mal', body: 'First!', ...planted, ...(await solvedChallenge(site)) }
    const res = await request('/api/comments', { method: 'POST', origin: null, json })
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error: { code: 'not_found', field: 'thread' } })
    expect(await threadRow(site, thread)).toBeNull()
    const followed = await request('/api/follow', {
      method: 'POST',
      origin: null,
      json: { ...json, email: uniqueEmail('m') },
    })
    expect(followed.status).toBe(404)
  })

  it("takes no title or URL from such a request on an existing thread, and the site's page corrects them", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await postOk(site, thread, { threadTitle: 'Green tea' })
    const json = { site, thread, name: 'Mal', body: 'Hi', ...planted, ...(await solvedChallenge(site)) }
    expect((await request('/api/comments', { method: 'POST', origin: null, json })).status).toBe(201)
    expect(await threadRow(site, thread)).toMatchObject({ title: 'Green tea', url: null })
    await postOk(site, thread, { threadTitle: 'Green tea, brewed', threadUrl: 'http://localhost:8787/tea' })
    expect(await threadRow(site, thread)).toMatchObject({
      title: 'Green tea, brewed',
      url: 'http://localhost:8787/tea',
    })
  })

  // As a title planted before this version stands after migration 0003: not known to come from the site.
  it("names a thread in mails by its path until the site's own page has sent its title", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('reader')
    await seedFollowers(await seedThread(site, thread), [reader])
    await testEnv.DB.prepare("UPDATE threads SET title = 'Planted', title_from_site = 0 WHERE site_id = ? AND key = ?")
      .bind(site, thread)
      .run()
    await postOk(site, thread, { name: 'Bob' })
    expect((await waitForMail(reader, /^New comment/)).subject).toBe(`New comment on "${thread}"`)
  }, 30_000)
})

describe('following', () => {
  it('asks for a click before confirming: opening the link confirms nothing', async () => {
    const site = await seedSite()
    const reader = uniqueEmail('reader')
    await follow(site, newThreadKey(), reader)
    const link = linkTo((await waitForMail(reader, /^Confirm/)).text, '/follow/confirm')
    const opened = await request(link)
    expect(await opened.text()).toContain('<button type="submit">Yes, email me about new comments</button>')
    const { state } = (await testEnv.DB.prepare('SELECT state FROM followers WHERE email = ?')
      .bind(reader)
      .first<{ state: string }>())!
    expect(state).toBe('pending')
    const clicked = await request(link, { method: 'POST' })
    expect(await clicked.text()).toContain('<h1>You are following this discussion</h1>')
  }, 30_000)

  it('answers the same whether or not the address follows already, and tells an active follower by mail', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const [active, stranger] = [uniqueEmail('active'), uniqueEmail('stranger')]
    await seedFollowers(await seedThread(site, thread), [active])
    const answers = await Promise.all([follow(site, thread, active), follow(site, thread, stranger)])
    expect(await Promise.all(answers.map((res) => res.json()))).toEqual([
      { follow: 'requested' },
      { follow: 'requested' },
    ])
    const posted = await (await postComment(site, thread, { email: active, follow: true })).json()
    expect(posted).toMatchObject({ follow: 'requested' })
    expect((await waitForMail(active, /already follow/)).subject).toMatch(/^You already follow "/)
    // At most one such note a day, however often the address asks.
    expect(await mailsTo(active, /already follow/)).toHaveLength(1)
  }, 30_000)
})
