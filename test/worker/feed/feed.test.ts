// GET /feed/S.atom[?thread=K]: the newest published comments of a site or of one thread, as Atom, with validators.
import { describe, expect, it } from 'vitest'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { summarise } from '../../../worker/db/recording'
import { recordedRequest, request } from '../support/request'
import { seedComments, seedSite, seedThread } from '../support/seed'

const feedOf = (site: string, thread?: string, headers: Record<string, string> = {}) =>
  request(`/feed/${site}.atom${thread ? `?${new URLSearchParams({ thread })}` : ''}`, { headers })

/** Each entry's id, author, link and content, in the feed's order. */
const entries = (xml: string) =>
  [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, e]) => ({
    id: /<id>([^<]*)<\/id>/.exec(e!)?.[1],
    author: /<author><name>([^<]*)<\/name>/.exec(e!)?.[1],
    link: /<link rel="alternate" type="text\/html" href="([^"]*)"\/>/.exec(e!)?.[1],
    content: /<content type="html">([^<]*)<\/content>/.exec(e!)?.[1],
  }))

describe('GET /feed/:site.atom', () => {
  it("lists the site's newest published comments first, across its threads, each with author, link and content", async () => {
    const site = await seedSite({ name: 'Bakery blog' })
    const [a, b] = [newThreadKey(), newThreadKey()]
    await seedThread(site, a, { title: 'Sourdough', url: 'https://blog.example/sourdough' })
    const first = await postOk(site, a, { name: 'Ann', body: 'Lovely *crumb*' })
    const second = await postOk(site, b, { name: 'Bob', body: 'Second' })
    await postOk(await seedSite(), a, { body: 'Another site' })
    const res = await feedOf(site)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const xml = await res.text()
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/,
    )
    expect(xml).toContain('<title>Comments on Bakery blog</title>')
    expect(xml).toContain(`<updated>${second.comment.createdAt}</updated>`)
    expect(entries(xml)).toEqual([
      expect.objectContaining({
        author: 'Bob',
        link: expect.stringMatching(new RegExp(`#parley-c${second.comment.id}$`)),
      }),
      {
        id: `https://blog.example/sourdough#parley-c${first.comment.id}`,
        author: 'Ann',
        link: `https://blog.example/sourdough#parley-c${first.comment.id}`,
        content: '&lt;p&gt;Lovely &lt;em&gt;crumb&lt;/em&gt;&lt;/p&gt;',
      },
    ])
  })

  it('lists one thread with ?thread=, at most 50 entries, newest first', async () => {
    const site = await seedSite({ language: 'nl' })
    const thread = newThreadKey()
    const ids = await seedComments(await seedThread(site, thread, { title: 'Appeltaart' }), 60)
    await postOk(site, newThreadKey(), { body: 'Elders' })
    const xml = await (await feedOf(site, thread)).text()
    expect(xml).toContain('<title>Reacties op Appeltaart</title>')
    const listed = entries(xml).map((e) => Number(/#parley-c(\d+)$/.exec(e.link!)?.[1]))
    expect(listed).toEqual(ids.slice(-50).reverse())
  })

  it.each([
    ['de', 'Kommentare zu Apfelkuchen'],
    ['fr', 'Commentaires sur Apfelkuchen'],
  ] as const)('titles the feed of a site in %s in its language', async (language, title) => {
    const site = await seedSite({ language })
    const thread = newThreadKey()
    await seedComments(await seedThread(site, thread, { title: 'Apfelkuchen' }), 1)
    expect(await (await feedOf(site, thread)).text()).toContain(`<title>${title}</title>`)
  })

  it('answers a reader holding the current ETag with 304, and a changed feed with a new one', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await postOk(site, thread, { body: 'One' })
    const res = await feedOf(site, thread)
    const etag = res.headers.get('etag')!
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    expect(Date.parse(res.headers.get('last-modified')!)).toBeGreaterThan(0)
    const again = await feedOf(site, thread, { 'if-none-match': `W/${etag}` })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    await postOk(site, thread, { body: 'Two' })
    const changed = await feedOf(site, thread, { 'if-none-match': etag })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it("reads rows in proportion to the entries, however many comments other sites have since the site's last", async () => {
    const site = await seedSite()
    const quiet = await seedComments(await seedThread(site, newThreadKey()), 3)
    await seedComments(await seedThread(await seedSite(), newThreadKey()), 500)
    const { res, calls } = await recordedRequest(`/feed/${site}.atom`)
    const listed = entries(await res.text()).map((e) => Number(/#parley-c(\d+)$/.exec(e.link!)?.[1]))
    expect(listed).toEqual(quiet.reverse())
    expect(summarise(calls).rowsRead).toBeLessThanOrEqual(3 * 2 + 5)
  })

  it('answers an unknown site, or a path that is no feed, with 404', async () => {
    for (const path of ['/feed/no-such-site.atom', '/feed/no-such-site.rss', `/feed/${'%'}25.atom`]) {
      const res = await request(path)
      expect(res.status, path).toBe(404)
      expect(await res.json()).toMatchObject({ error: { code: 'not_found' } })
    }
  })
})
