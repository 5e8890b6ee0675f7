// Accessibility in Chromium: axe-core finds nothing wrong with the widget, empty, full, with errors, light and dark.
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { audit, passed, violations } from './axe'
import { codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { article, type ArticleOptions, openForm, openHtml, widget, words } from './pages'
import { newThread, seed } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

/** The audit really looked inside the shadow root: labelled fields and measured contrast there. */
function expectItLookedInside(r: AxeResults) {
  expect(passed(r, 'label')).toBeGreaterThanOrEqual(4)
  expect(passed(r, 'color-contrast')).toBeGreaterThanOrEqual(10)
  expect(passed(r, 'button-name')).toBeGreaterThanOrEqual(2)
}

async function threadWithReplies(options: Omit<ArticleOptions, 'thread'> = {}) {
  const thread = newThread('a11y-replies')
  // A text of its own per thread: the same long text again on the site within a day is held as a repeat.
  const anna = await seed(thread, 'Anna', `Een vraag over ${thread} met een [link](https://example.com) en \`code\`.`)
  const joost = await seed(thread, 'Joost', 'Een antwoord.', { parentId: anna.id, website: 'https://example.org' })
  const karel = await seed(thread, 'Karel', 'Een antwoord op het antwoord.', { parentId: joost.id })
  // Below the third level replies are listed flat, "in reply to" someone.
  await seed(thread, 'Lotte', 'Nog dieper.', { parentId: karel.id })
  await openHtml(page, `${thread}.html`, article({ thread, ...options }))
}

async function showErrors() {
  const form = widget(page).getByRole('form', { name: t.write })
  await openForm(form)
  await form.getByRole('button', { name: t.post }).click()
  await codeIn(form)
}

describe('axe-core finds no violations', () => {
  it('in an empty thread, with the comment form as it first shows and once opened', async () => {
    const thread = newThread('a11y-empty')
    await openHtml(page, `${thread}.html`, article({ thread }))
    const first = await audit(page)
    expect(violations(first)).toEqual([])
    // Inside the shadow root even then: the text box's label, the texts' contrast, the names of the three toggles (follow,
    // "Manage my email", newest first).
    expect(passed(first, 'label')).toBe(1)
    expect(passed(first, 'color-contrast')).toBeGreaterThanOrEqual(4)
    expect(passed(first, 'button-name')).toBe(3)

    await openForm(widget(page).getByRole('form', { name: t.write }))
    const opened = await audit(page)
    expect(violations(opened)).toEqual([])
    expectItLookedInside(opened)
  })

  it('in a thread with replies, a reply form and the follow form open', async () => {
    await threadWithReplies()
    await widget(page).getByText(t.inReplyTo('Karel')).waitFor()
    await widget(page).getByRole('button', { name: t.reply }).first().click()
    await codeIn(widget(page).getByRole('form', { name: t.replyTo('Anna') }))
    await widget(page).getByRole('button', { name: t.followOpen }).click()
    const r = await audit(page)
    expect(violations(r)).toEqual([])
    expectItLookedInside(r)
  })

  it('in a form showing its errors', async () => {
    const thread = newThread('a11y-errors')
    await openHtml(page, `${thread}.html`, article({ thread }))
    await showErrors()
    expect(await widget(page).locator('[aria-invalid="true"]').count()).toBe(3)
    const r = await audit(page)
    expect(violations(r)).toEqual([])
    expectItLookedInside(r)
  })

  it.each<{ theme: string; attrs: Record<string, string> }>([
    { theme: 'the dark theme', attrs: { 'data-theme': 'dark' } },
    { theme: 'a dark system setting on the demo’s own stylesheet', attrs: {} },
  ])('in $theme, with replies and errors', async ({ attrs }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await threadWithReplies({ attrs })
    await showErrors()
    // Dark really is on: the widget's text is light.
    expect(
      await widget(page)
        .locator('h2')
        .evaluate((h) => getComputedStyle(h).color),
    ).toBe('rgb(230, 232, 235)')
    const r = await audit(page)
    expect(violations(r)).toEqual([])
    expectItLookedInside(r)
  })
})
