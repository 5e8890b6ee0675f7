// GET /me?token=…: the reader's own page. It shows that address's data on that site and nobody else's, only a `me`
// token of that site and of the last 24 hours opens it, and opening it changes nothing.
import { describe, expect, it } from 'vitest'
import { signToken } from '../../../worker/tokens'
import { postOk } from '../support/api'
import { uniqueEmail } from '../support/ids'
import { readerPath, seedReaderFollows } from '../support/reader'
import { request, testEnv } from '../support/request'
import { followerState } from '../support/rows'
import { seedFollowers, seedSite } from '../support/seed'

const DAY = 24 * 3600_000
const open = (path: string, at?: number) => request(path, { origin: null, at })

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

  it('lists 20 comments, newest first, with a link to the older ones', async () => {
    const site = await seedSite()
    const { email, threads } = await seedReaderFollows(site)
    await testEnv.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 21)
       INSERT INTO comments (thread_id, name, email, email_normalized, avatar, body, html, status, created_at)
       SELECT ?1, 'Me', ?2, ?2, 'abcdef01', 'Words ' || i || '.', '<p>x</p>', 'published', ?3 FROM n`,
    )
      .bind(threads[0], email, Date.now())
      .run()
    const first = await (await open(await readerPath(site, email))).text()
    expect(first).toContain('Words 21.')
    expect(first).toContain('Words 2.')
    expect(first).not.toContain('Words 1.')
    const older = first.match(/href="(\/me\?[^"]*before=\d+)"/)?.[1]?.replaceAll('&amp;', '&')
    const second = await (await open(older!)).text()
    expect(second).toContain('Words 1.')
    expect(second).not.toContain('Words 2.')
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
