// What the widget costs a page: one request for the thread, the code only once the form is used, and no blocking.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nl as t } from '../../widget/i18n/nl'
import { article, BASE, launch, newThread, open, seed, visitor, widget } from './helpers'

let browser: Browser

beforeAll(async () => {
  browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** Records every request the page makes after parley.js, as "METHOD /path". */
function requestsAfterScript(page: Page) {
  const seen: string[] = []
  let started = false
  page.on('request', (r) => {
    const path = r.url().startsWith(BASE) ? new URL(r.url()).pathname : r.url()
    if (started) seen.push(`${r.method()} ${path}`)
    if (path === '/parley.js') started = true
  })
  return seen
}

describe('loading', () => {
  it('asks for the thread once, and for a code only when the form is first focused', async () => {
    const thread = newThread('loading')
    await seed(thread, 'Anna', 'Een reactie om te lezen.')
    const page = await (await visitor(browser)).newPage()
    const seen = requestsAfterScript(page)
    await page.route(`${BASE}/e2e/loading.html`, (route) => route.fulfill({ contentType: 'text/html', body: article({ thread }) }))
    await open(page, '/e2e/loading.html')

    // A reader who reads, and scrolls past the form, costs one request.
    await widget(page).getByRole('button', { name: t.post }).scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle')
    expect(seen).toEqual(['GET /api/comments'])

    const form = widget(page).getByRole('form', { name: t.write })
    await form.getByLabel(t.name, { exact: true }).focus()
    await form.getByRole('img', { name: t.codeAlt }).waitFor()
    await form.getByLabel(t.body, { exact: true }).focus()
    await form.getByLabel(t.codeLabel, { exact: true }).focus()
    await page.waitForLoadState('networkidle')
    expect(seen).toEqual(['GET /api/comments', 'GET /api/challenge'])
    await page.context().close()
  })

  it('is loaded async, and the page renders before the script arrives', async () => {
    const page = await (await visitor(browser)).newPage()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    // parley.js is held back until the test lets it go: the page must not wait for it.
    await page.route(`${BASE}/parley.js`, async (route) => {
      await held
      await route.continue()
    })

    await page.goto('/', { waitUntil: 'domcontentloaded' })
    expect(await page.locator('script[src="/parley.js"]').evaluate((s: HTMLScriptElement) => s.async)).toBe(true)
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0)
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true)
    expect(await page.locator('#parley').evaluate((host) => host.shadowRoot)).toBeNull()

    release()
    await widget(page).getByRole('heading', { level: 2 }).waitFor()
    await page.context().close()
  })
})
