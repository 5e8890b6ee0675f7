// A reader's comforts: the Markdown preview in the form, newest first remembered, and a permalink to a later page.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Comment } from '../../worker/api-types'
import { eachTestANewVisitor, useBrowser } from './browser'
import { focused, isFocused, tabTo } from './focus'
import { article, open, openHtml, widget, words } from './pages'
import { BASE, newThread, seed } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

const serve = (path: string, thread: string) =>
  page.route(`${BASE}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: article({ thread }) }))

/** The names of the comments' authors, top to bottom. */
const authors = () => widget(page).locator('article .who').allTextContents()

describe('the preview', () => {
  it('shows the comment as it will be stored, in place of the text box, and back, with the keyboard alone', async () => {
    const thread = newThread('preview')
    await openHtml(page, `${thread}.html`, article({ thread }))
    const form = widget(page).getByRole('form', { name: t.write })
    await tabTo(page, t.body)
    await page.keyboard.type('Dit is **vet** en <script>alert(1)</script> niet.')
    await form.getByLabel(t.name, { exact: true }).waitFor()

    await tabTo(page, t.preview)
    await page.keyboard.press('Enter')
    const region = form.getByRole('region', { name: t.preview })
    await region.waitFor()
    expect(await region.locator('strong').textContent()).toBe('vet')
    expect(await region.textContent()).toContain('<script>alert(1)</script> niet.')
    expect(await region.locator('script').count()).toBe(0)
    expect(await form.getByLabel(t.body, { exact: true }).isVisible()).toBe(false)
    const button = form.getByRole('button', { name: t.preview })
    expect(await button.getAttribute('aria-pressed')).toBe('true')
    // The form's live status line says so (a render after the region is in).
    await expect.poll(() => form.getByRole('status').textContent()).toBe(t.previewShown)
    expect((await focused(page)).name).toBe(t.preview)

    // Pressed again: the text box is back, with the text as typed and the focus in it.
    await page.keyboard.press('Enter')
    await region.waitFor({ state: 'detached' })
    const box = form.getByLabel(t.body, { exact: true })
    expect(await box.inputValue()).toBe('Dit is **vet** en <script>alert(1)</script> niet.')
    await expect.poll(() => isFocused(box)).toBe(true)
    expect(await button.getAttribute('aria-pressed')).toBe('false')
  })
})

describe('newest first', () => {
  it('is chosen in the thread header and still chosen after a reload', async () => {
    const thread = newThread('order')
    for (const name of ['Anna', 'Bram', 'Cor']) await seed(thread, name, `Reactie van ${name}.`)
    const path = `${thread}.html`
    await serve(path, thread)
    await open(page, path)
    expect(await authors()).toEqual(['Anna', 'Bram', 'Cor'])

    const toggle = widget(page).getByRole('button', { name: t.newest })
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    await toggle.click()
    await expect.poll(authors).toEqual(['Cor', 'Bram', 'Anna'])
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')

    // The first request of the next visit already asks for newest first.
    const asked = page.waitForRequest((r) => r.url().startsWith(`${BASE}/api/comments?`))
    await page.reload()
    expect(new URL((await asked).url()).searchParams.get('order')).toBe('newest')
    await expect.poll(authors).toEqual(['Cor', 'Bram', 'Anna'])
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
  })
})

describe('a permalink to a comment on page 3', () => {
  it('opens that page with the comment in view and highlighted, and the previous comments a press away', async () => {
    const thread = newThread('page-three')
    const comments: Comment[] = []
    for (let i = 1; i <= 105; i++) comments.push(await seed(thread, `Lezer ${i}`, `Reactie nummer ${i}.`))
    const target = comments[101]!
    const path = `${thread}.html`
    await serve(path, thread)

    await page.goto(`${path}#parley-c${target.id}`)
    await widget(page).locator(`article#parley-c${target.id}.hl`).waitFor()
    await page.waitForFunction((id) => {
      const r = document.querySelector('#parley')?.shadowRoot?.getElementById(`parley-c${id}`)?.getBoundingClientRect()
      return !!r && r.top >= 0 && r.bottom <= innerHeight
    }, target.id)
    expect((await authors())[0]).toBe('Lezer 102')
    expect(await widget(page).locator('article.hl').count()).toBe(1)

    // The way back: the previous page comes in above, in order.
    await widget(page).getByRole('button', { name: t.prev }).click()
    await expect.poll(async () => (await authors()).length).toBe(54)
    expect((await authors()).slice(0, 2)).toEqual(['Lezer 52', 'Lezer 53'])
    expect((await authors()).at(-1)).toBe('Lezer 105')
  })
})
