// The embed on a blog of its own, in Chromium: the page on another origin than the widget's, whose chunks come with
// CORS and their caching; a strict Content-Security-Policy that only lists the widget's origin; the script twice.
import { readFileSync } from 'node:fs'
import type { Response } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeIn, useBrowser, visitor } from './browser'
import { article, open, widget, words, write } from './pages'
import { BASE, BLOG, newThread, seed } from './server'

const t = words.nl

const browser = useBrowser()

const SITE_CSS = readFileSync(new URL('../../examples/site.css', import.meta.url), 'utf8')

type Blog = { headers?: Record<string, string>; html?: string }

/**
 * A new visitor on the blog's article about `thread`, the widget from BASE (the blog's responses get `headers`); with
 * the widget's files as they came, every request to the API, and the page's Content-Security-Policy violations.
 */
async function onTheBlog(thread: string, { headers = {}, html = article({ thread, widget: BASE }) }: Blog = {}) {
  const page = await (await visitor(browser())).newPage()
  const files: Response[] = []
  const api: string[] = []
  page.on('response', (r) => void (r.url().startsWith(BASE) && !r.url().includes('/api/') && files.push(r)))
  page.on('request', (r) => void (r.url().startsWith(`${BASE}/api/`) && api.push(new URL(r.url()).pathname)))
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { violations: seen })
    addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective}: ${e.blockedURI}`))
  })
  await page.route(`${BLOG}/**`, (route) =>
    route.request().url().endsWith('.css')
      ? route.fulfill({ contentType: 'text/css', body: SITE_CSS, headers })
      : route.fulfill({ contentType: 'text/html', body: html, headers }),
  )
  await open(page, `${BLOG}/post.html`)
  /** The response of the widget's file whose path starts with `prefix`. */
  const file = (prefix: string) => files.find((r) => new URL(r.url()).pathname.startsWith(prefix))
  const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations)
  return { page, file, api, violations }
}

describe('on a page of another origin', () => {
  it('loads the chunks with CORS, caches them for good, checks parley.js each time, and posts a comment', async () => {
    const thread = newThread('blog')
    await seed(thread, 'Anna', 'Welkom op mijn blog.')
    const { page, file, violations } = await onTheBlog(thread)
    expect(await widget(page).locator('article').count()).toBe(1)

    await write(widget(page).getByRole('form', { name: t.write }), { name: 'Bram', body: 'Vanaf een ander domein.' })
    await widget(page).locator('article', { hasText: 'ander domein' }).waitFor()
    for (const chunk of ['/chunks/app-', '/chunks/nl-', '/chunks/form-']) {
      const headers = (await file(chunk)?.allHeaders()) ?? {}
      expect(headers['access-control-allow-origin'], chunk).toBe('*')
      expect(headers['cache-control'], chunk).toBe('public, max-age=31536000, immutable')
    }
    // The one name a page holds on to: never cached without asking whether it changed.
    expect((await file('/parley.js')?.allHeaders())?.['cache-control']).toBe('public, max-age=0, must-revalidate')
    expect(await violations()).toEqual([])
    await page.context().close()
  })

  it('works under a Content-Security-Policy that lists only the widget’s origin, with nothing inline', async () => {
    const thread = newThread('csp')
    await seed(thread, 'Anna', 'Een strenge pagina.')
    const policy = [
      "default-src 'none'",
      `script-src ${BASE}`,
      `connect-src ${BASE}`,
      'img-src data:',
      `style-src ${BLOG}`,
    ].join('; ')
    const { page: blog, violations } = await onTheBlog(thread, { headers: { 'content-security-policy': policy } })
    const form = widget(blog).getByRole('form', { name: t.write })
    await form.locator('textarea').focus()
    await codeIn(form)
    // Styled, by its own stylesheets: the text in the widget's colour, the code image in its frame.
    expect(
      await widget(blog)
        .locator('h2')
        .evaluate((h) => getComputedStyle(h).color),
    ).toBe('rgb(31, 35, 40)')
    expect(await form.locator('.code img').evaluate((img) => getComputedStyle(img).height)).toBe('60px')
    expect(await violations()).toEqual([])
    await blog.context().close()
  })
})

describe('the script twice on one page', () => {
  it('shows the thread once, from one request', async () => {
    const thread = newThread('twice')
    await seed(thread, 'Anna', 'Eén keer graag.')
    const tag = `<script src="${BASE}/parley.js" data-site="demo" data-thread="${thread}" async></script>`
    const html = article({ thread, widget: BASE }).replace('</body>', `${tag}\n</body>`)
    const { page, api } = await onTheBlog(thread, { html })
    await page.waitForLoadState('networkidle')
    expect(api).toEqual(['/api/comments'])
    expect(await widget(page).locator('section').count()).toBe(1)
    expect(await widget(page).locator('article').count()).toBe(1)
    expect(await page.locator('script[src$="/parley.js"]').count()).toBe(2)
    await page.context().close()
  })
})
