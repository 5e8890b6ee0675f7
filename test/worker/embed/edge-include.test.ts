// examples/edge-include: the README's Worker, run in workerd in front of a page, with Parley behind it.
import { exports } from 'cloudflare:workers'
import { afterEach, describe, expect, it, vi } from 'vitest'
import edge from '../../../examples/edge-include/worker'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { seedSite } from '../support/seed'

const SITE_ORIGIN = 'https://blog.example'
const PARLEY = 'https://comments.example'

const article = (title: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><div id="parley"></div></body></html>`

/** The blog's origin serves `pages` by path; Parley's address goes to the Parley Worker itself. */
function network(pages: Record<string, Response>) {
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    if (url.origin === PARLEY) return exports.default.fetch(new Request(`http://localhost${url.pathname}${url.search}`))
    return pages[url.pathname] ?? new Response('not found', { status: 404 })
  })
}

afterEach(() => void vi.restoreAllMocks())

describe('examples/edge-include', () => {
  it('fills the page\'s <div id="parley"> with the thread of the page\'s path', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await postOk(site, thread, { name: 'Ann', body: 'Seen at the edge' })
    const html = new Response(article('Post'), { headers: { 'content-type': 'text/html; charset=utf-8' } })
    network({ [thread]: html })
    const res = await edge.fetch(new Request(`${SITE_ORIGIN}${thread}`), { PARLEY_URL: PARLEY, PARLEY_SITE: site })
    const out = await res.text()
    expect(out).toMatch(/<div id="parley"><template shadowrootmode="open">.*Seen at the edge.*<\/div><\/body>/s)
    expect(out).toContain('<h1>Post</h1>')
  })

  it('passes other files, and pages when Parley fails, through unchanged', async () => {
    network({ '/style.css': new Response('h1{}', { headers: { 'content-type': 'text/css' } }) })
    const env = { PARLEY_URL: PARLEY, PARLEY_SITE: 'x' }
    expect(await (await edge.fetch(new Request(`${SITE_ORIGIN}/style.css`), env)).text()).toBe('h1{}')
    vi.restoreAllMocks()
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) =>
      new URL(new Request(input).url).origin === PARLEY
        ? new Response('down', { status: 503 })
        : new Response(article('Still here'), { headers: { 'content-type': 'text/html' } }),
    )
    expect(await (await edge.fetch(new Request(`${SITE_ORIGIN}/post`), env)).text()).toBe(article('Still here'))
  })
})
