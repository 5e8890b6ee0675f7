// Errors in the reader's language, in Chromium: every refusal and failure the widget can meet says so in the page's
// language, never in the server's English; a thread that cannot load offers to try again.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ErrorCode } from '../../worker/api-types'
import { codeImage, codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { article, openForm, openHtml, widget, wording, words } from './pages'
import { BASE, newThread } from './server'

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

const LANGS = [
  { name: 'Dutch', s: words.nl, page: { lang: 'nl' } },
  { name: 'English', s: words.en, page: { lang: 'en', title: 'A test article' } },
]

describe.each(LANGS)('in $name', (lang) => {
  it('gives every error message in this language, never the server’s English', async () => {
    const { s } = lang
    const thread = newThread('errors')
    await openHtml(page, `${thread}.html`, article({ thread, ...lang.page }))
    const form = widget(page).getByRole('form', { name: s.write })
    const status = form.getByRole('status')
    const codeField = form.getByLabel(s.codeLabel, { exact: true })

    // Checked in the browser, before anything is sent; the text comes first in the form.
    await openForm(form)
    await form.getByRole('checkbox', { name: s.follow }).check()
    await form.getByRole('button', { name: s.post }).click()
    await codeIn(form)
    expect(await status.textContent()).toBe(s.fields.body)
    expect(await form.locator('.err').allTextContents()).toEqual([
      s.fields.body,
      s.fields.name,
      s.fields.followEmail,
      s.fields.challengeAnswer,
    ])
    await form.getByRole('checkbox', { name: s.follow }).uncheck()

    // Everything the API can answer, from a stand-in server; the real server's answers are in the other tests.
    type Answer = { status: number; code: ErrorCode; field?: string } | 'offline'
    let answer = 'offline' as Answer
    await page.route(`${BASE}/api/comments`, (route) =>
      answer === 'offline'
        ? route.abort('connectionrefused')
        : route.fulfill({
            status: answer.status,
            contentType: 'application/json',
            body: JSON.stringify({
              error: { code: answer.code, message: 'The server says this in English.', field: answer.field },
            }),
          }),
    )
    await form.getByLabel(s.name, { exact: true }).fill('Anna')
    await form.getByLabel(s.body, { exact: true }).fill('Hallo')
    const cases: [Answer, string][] = [
      ...(Object.entries(s.errors) as [ErrorCode | 'network', string][]).map(([code, text]): [Answer, string] => [
        code === 'network' ? 'offline' : { status: 400, code },
        text,
      ]),
      ...(['name', 'email', 'website', 'body', 'parentId'] as const).map((field): [Answer, string] => [
        { status: 400, code: 'validation_failed', field },
        s.fields[field],
      ]),
    ]
    for (const [next, text] of cases) {
      answer = next
      const spent = await codeImage(form).getAttribute('src')
      await codeField.fill('ABCDE')
      await form.getByRole('button', { name: s.post }).click()
      await status.getByText(text, { exact: true }).waitFor()
      // The code was spent on the attempt: the form shows a new one, with the field emptied.
      await codeIn(form, spent)
      expect(await codeField.inputValue()).toBe('')
    }
    expect(await wording(page)).not.toContain('The server says this in English.')
  })

  it('explains a thread that could not be loaded, and loads it on “try again”', async () => {
    const { s } = lang
    const thread = newThread('load-error')
    await page.route(`${BASE}/api/comments?**`, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'Down.' } }),
      }),
    )
    await page.route(`${BASE}${thread}.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: article({ thread, ...lang.page }) }),
    )
    await page.goto(`${thread}.html`)
    await widget(page).getByText(s.errors.internal).waitFor()

    await page.unroute(`${BASE}/api/comments?**`)
    await widget(page).getByRole('button', { name: s.retry }).click()
    await widget(page).getByText(s.empty).waitFor()
    expect(await widget(page).getByText(s.errors.internal).count()).toBe(0)
  })
})
