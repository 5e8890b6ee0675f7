// /me?token=…: the reader's own page. It shows that address's data on that site and nobody else's, only a `me` token of
// that site opens it, a GET changes nothing, and its buttons change the mode, leave one or all, and download the data.
import { describe, expect, it } from 'vitest'
import { signToken } from '../../../worker/tokens'
import { postOk } from '../support/api'
import { uniqueEmail } from '../support/ids'
import { pressButton, readerPath, seedReaderFollows } from '../support/reader'
import { request, testEnv } from '../support/request'
import { followerState } from '../support/rows'
import { seedFollowers, seedSite } from '../support/seed'

const DAY = 24 * 3600_000
const open = (path: string, at?: number) => request(path, { origin: null, at })
const deliveryOf = (id: number) =>
  testEnv.DB.prepare('SELECT delivery FROM followers WHERE id = ?').bind(id).first<string>('delivery')

describe('GET /me', () => {
  it("lists the address's follows and comments on the site, and no other address's or site's", async () => {
    const site = await seedSite()
    const other = await seedSite()
    const { email, threads } = await seedReaderFollows(site)
    await seedFollowers(threads[0]!, [uniqueEmail('neighbour')])
    await postOk(site, '/mine', { email, body: 'My own words' })
    await postOk(site, '/mine', { email: uniqueEmail('neighbour'), body: 'Somebody else' })
    await postOk(other, '/mine', { email, body: 'On another site' })
    const res = await open(await readerPath(site, email))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('First thread')
    expect(html).toContain('Second thread')
    expect(html).toContain('My own words')
    expect(html).not.toContain('Somebody else')
    expect(html).not.toContain('On another site')
    expect(html).not.toContain('neighbour')
  })

  it.each([
    [
      'a forged token',
      () => signToken('another-key-0123456789abcdef', 'me', { site: 's', em: 'a@b.nl' }, Date.now() + DAY),
    ],
    ['an unsubscribe token', () => signToken(testEnv.SIGNING_KEY, 'unsubscribe', { fid: 1 }, Date.now() + DAY)],
    ['a me_ask token', () => signToken(testEnv.SIGNING_KEY, 'me_ask', { site: 's', em: 'a@b.nl' }, Date.now() + DAY)],
    ['garbage', async () => 'not.a.token'],
  ])('refuses %s with a readable 400 page', async (_label, token) => {
    const res = await open(`/me?token=${encodeURIComponent(await token())}`)
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('This link does not work')
  })

  it('refuses its own link after 24 hours', async () => {
    const site = await seedSite()
    const { email } = await seedReaderFollows(site)
    const path = await readerPath(site, email)
    expect((await open(path, Date.now() + DAY - 60_000)).status).toBe(200)
    expect((await open(path, Date.now() + DAY + 60_000)).status).toBe(400)
  })

  it("shows nothing of the address on another site with that site's token", async () => {
    const site = await seedSite()
    const other = await seedSite()
    const { email } = await seedReaderFollows(site)
    const html = await (await open(await readerPath(other, email))).text()
    expect(html).not.toContain('First thread')
    expect(html).toContain('You follow no discussion here.')
  })

  it('changes nothing when opened, even with action words in the query', async () => {
    const site = await seedSite()
    const { email, followers } = await seedReaderFollows(site)
    const path = await readerPath(site, email)
    for (const action of ['', '/leave-all', '/erase', '/leave'])
      await open(path.replace('/me?', `/me${action}?`) + `&follower=${followers[0]}&confirm=yes`)
    expect(await followerState(followers[0]!)).toBe('active')
    expect(await followerState(followers[1]!)).toBe('active')
  })
})

describe('the buttons of /me', () => {
  it('switch one follow to a daily digest, and say so', async () => {
    const site = await seedSite()
    const { email, followers } = await seedReaderFollows(site)
    const path = await readerPath(site, email)
    const res = await pressButton(path.replace('/me?', '/me/delivery?'), {
      follower: String(followers[0]),
      delivery: 'digest',
    })
    expect(res.status).toBe(303)
    expect(await (await open(res.headers.get('location')!)).text()).toContain('Saved.')
    expect([await deliveryOf(followers[0]!), await deliveryOf(followers[1]!)]).toEqual(['digest', 'each'])
  })

  it("leave one follow, then all, and never another address's follow", async () => {
    const site = await seedSite()
    const { email, threads, followers } = await seedReaderFollows(site)
    const [neighbour] = await seedFollowers(threads[0]!, [uniqueEmail('neighbour')])
    const path = await readerPath(site, email)
    const leave = path.replace('/me?', '/me/leave?')
    const theirs = await pressButton(leave, { follower: String(neighbour) })
    expect(theirs.headers.get('location')).toContain('done=gone')
    expect(await followerState(neighbour!)).toBe('active')
    const one = await pressButton(leave, { follower: String(followers[0]) })
    expect(await (await open(one.headers.get('location')!)).text()).toContain('You no longer follow that discussion.')
    expect([await followerState(followers[0]!), await followerState(followers[1]!)]).toEqual(['unsubscribed', 'active'])
    await pressButton(path.replace('/me?', '/me/leave-all?'))
    expect(await followerState(followers[1]!)).toBe('unsubscribed')
    expect(await followerState(neighbour!)).toBe('active')
  })

  it('download the follows and comments of the address as a JSON attachment', async () => {
    const site = await seedSite({ name: 'Tea blog' })
    const { email, keys } = await seedReaderFollows(site)
    const posted = await postOk(site, keys[0]!, { email, body: 'Green, *please*' })
    await postOk(site, keys[0]!, { email: uniqueEmail('neighbour'), body: 'Not theirs' })
    const res = await pressButton((await readerPath(site, email)).replace('/me?', '/me/export?'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="parley-${site}.json"`)
    const data = (await res.json()) as Record<string, unknown>
    expect(data).toEqual({
      site: { id: site, name: 'Tea blog' },
      email,
      exportedAt: expect.any(String),
      follows: [
        expect.objectContaining({
          state: 'active',
          delivery: 'each',
          thread: expect.objectContaining({ key: keys[0] }),
        }),
        expect.objectContaining({ thread: expect.objectContaining({ key: keys[1], title: 'Second thread' }) }),
      ],
      comments: [
        {
          id: posted.comment.id,
          parentId: null,
          name: posted.comment.name,
          body: 'Green, *please*',
          status: 'published',
          createdAt: posted.comment.createdAt,
          editedAt: null,
          thread: { key: keys[0], title: 'First thread', url: 'https://blog.example/first' },
        },
      ],
    })
  })

  it('refuse a token that is not a me token, changing nothing', async () => {
    const site = await seedSite()
    const { email, followers } = await seedReaderFollows(site)
    const ask = await readerPath(site, email, 'me_ask')
    const res = await pressButton(ask.replace('/me/ask?', '/me/leave-all?'))
    expect(res.status).toBe(400)
    expect(await followerState(followers[0]!)).toBe('active')
  })
})
