// The content checks as a reader meets them in Chromium: a comment that looks like spam is taken, said to await the
// owner's approval, and kept off the page; never dropped without a word.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { eachTestANewVisitor, useBrowser } from './browser'
import { article, open, openHtml, widget, words, write } from './pages'
import { newThread } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

describe('content checks', () => {
  it('holds a comment full of links and sales talk, and tells its author it awaits approval', async () => {
    await openHtml(page, '/e2e/spam.html', article({ thread: newThread('spam') }))
    await widget(page).getByText(t.empty).waitFor()
    const form = widget(page).getByRole('form', { name: t.write })
    const body = 'Snel geld verdienen? Klik hier: https://a.example/1 https://b.example/2 https://c.example/3'
    await write(form, { name: 'Geldwolf', body })
    await expect.poll(() => form.getByRole('status').textContent()).toBe(t.postedPending)
    // Shown to its author only, in the answer to the post: the page itself still has no comments.
    await page.reload()
    await open(page, '/e2e/spam.html')
    await widget(page).getByText(t.empty).waitFor()
    expect(await widget(page).locator('article').count()).toBe(0)
  })
})
