// What the widget costs a page: parley.js asks for the thread at once and imports the widget and the reader's words
// beside it, nothing more for a reader who only reads; the forms and a code come once a form is used; and no blocking.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { useBrowser, visitor } from './browser'
import { isFocused } from './focus'
import { article, open, widget, words } from './pages'
import { BASE, newThread, seed } from './server'

const t = words.nl

const browser = useBrowser()

/** Every request the page makes after parley.js, as "METHOD /path", chunk names without their content hash. */
function requestsAfterScript(page: Page) {
  const seen: string[] = []
  let started = false
  page.on('request', (r) => {
    const path = r.url().startsWith(BASE) ? new URL(r.url()).pathname.replace(/-[\w-]{6}\.js$/, '.js') : r.url()
    if (started) seen.push(`${r.method()} ${path}`)
    if (path === '/parley.js') started = true
  })
  return seen
}

/** What a Dutch reader's first page costs after parley.js: the thread's request first, then the chunks beside it. */
const FIRST = ['GET /api/comments', 'GET /chunks/app.js', 'GET /chunks/nl.js']

/** A new visitor on an article with Anna's comment, recording its requests from parley.js on. */
async function reader() {
  const thread = newThread('loading')
  await seed(thread, 'Anna', 'Een reactie om te lezen.')
  const page = await (await visitor(browser())).newPage()
  const seen = requestsAfterScript(page)
  await page.route(`${BASE}/e2e/loading.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: article({ thread }) }),
  )
  await open(page, '/e2e/loading.html')
  return { page, seen, form: widget(page).getByRole('form', { name: t.write }) }
}

describe('loading', () => {
  it('asks for the thread before the chunks, and for nothing more while the reader only reads', async () => {
    const { page, seen, form } = await reader()
    // Reading to the end, past the comment box and "follow", costs no more requests: no forms, no code.
    await form.getByLabel(t.body, { exact: true }).waitFor()
    await widget(page).getByRole('button', { name: t.followOpen }).scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle')
    expect(seen).toEqual(FIRST)
    expect(await form.getByLabel(t.name, { exact: true }).count()).toBe(0)
    await page.context().close()
  })

  it('imports the forms, then a code, when the comment box is first focused, keeping what was typed meanwhile', async () => {
    const { page, seen, form } = await reader()
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    // The forms chunk is held back until the reader has typed: the text and the focus must survive its arrival.
    await page.route(`${BASE}/chunks/form-*.js`, async (route) => {
      await held
      await route.continue()
    })

    const box = form.getByLabel(t.body, { exact: true })
    await box.focus()
    await page.keyboard.type('Mooi')
    release()
    await form.getByRole('img', { name: t.codeAlt }).waitFor()
    expect(await box.inputValue()).toBe('Mooi')
    await expect.poll(() => isFocused(box)).toBe(true)
    await page.keyboard.type(' stuk')
    expect(await box.inputValue()).toBe('Mooi stuk')
    await form.getByLabel(t.name, { exact: true }).focus()
    await form.getByLabel(t.codeLabel, { exact: true }).focus()
    await page.waitForLoadState('networkidle')
    expect(seen).toEqual([...FIRST, 'GET /chunks/form.js', 'GET /chunks/wordsnl.js', 'GET /api/challenge'])

    // The forms are here now: a reply form opens whole, and only asks for its own code.
    await widget(page).getByRole('button', { name: t.reply }).click()
    await widget(page)
      .getByRole('form', { name: t.replyTo('Anna') })
      .getByRole('img', { name: t.codeAlt })
      .waitFor()
    await page.waitForLoadState('networkidle')
    expect(seen).toEqual([
      ...FIRST,
      'GET /chunks/form.js',
      'GET /chunks/wordsnl.js',
      'GET /api/challenge',
      'GET /api/challenge',
    ])
    await page.context().close()
  })

  it('says so in the form when the forms cannot be imported, and imports them on the next focus', async () => {
    const { page, seen, form } = await reader()
    let attempts = 0
    await page.route(`${BASE}/chunks/form-*.js`, (route) =>
      ++attempts === 1 ? route.abort('connectionrefused') : route.continue(),
    )

    const box = form.getByLabel(t.body, { exact: true })
    await box.focus()
    await form.getByRole('status').getByText(t.errors.network, { exact: true }).waitFor()
    expect(await form.getByLabel(t.name, { exact: true }).count()).toBe(0)

    await box.blur()
    await box.focus()
    await form.getByLabel(t.name, { exact: true }).waitFor()
    await expect.poll(() => isFocused(box)).toBe(true)
    expect(await form.getByRole('status').textContent()).toBe('')
    await page.waitForLoadState('networkidle')
    expect(seen).toEqual([
      ...FIRST,
      'GET /chunks/form.js',
      'GET /chunks/form.js',
      'GET /chunks/wordsnl.js',
      'GET /api/challenge',
    ])
    await page.context().close()
  })

  it('is loaded async, and the page renders before the script arrives', async () => {
    const page = await (await visitor(browser())).newPage()
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
