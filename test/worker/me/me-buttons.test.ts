// The buttons of the reader's own page: the mode of one follow, leave one or all (never another address's), download the
// data; each a POST that answers 303 back to the page, which says what happened.
import { describe, expect, it } from 'vitest'
import { postOk } from '../support/api'
import { uniqueEmail } from '../support/ids'
import { pressButton, readerPath, seedReaderFollows } from '../support/reader'
import { request, testEnv } from '../support/request'
import { followerState } from '../support/rows'
import { seedFollowers, seedSite } from '../support/seed'

const open = (path: string, at?: number) => request(path, { origin: null, at })
const deliveryOf = (id: number) =>
  testEnv.DB.prepare('SELECT delivery FROM followers WHERE id = ?').bind(id).first<string>('delivery')

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
