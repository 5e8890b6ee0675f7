// The widget in the page's language: Dutch on <html lang="nl">, English otherwise; every message, and the dates.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Words as Strings } from '../../widget/form/i18n'
import type { ErrorCode } from '../../worker/api-types'
import {
  article,
  type ArticleOptions,
  BASE,
  codeImage,
  codeIn,
  eachTestANewVisitor,
  newThread,
  openForm,
  openHtml,
  seed,
  useBrowser,
  widget,
  words,
} from './helpers'

const { nl, en } = words

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

/** `words`: what a reader of the language expects to read, written out here apart from the widget's catalogues. */
type Lang = { name: string; s: Strings; other: Strings; page: Omit<ArticleOptions, 'thread'>; words: string[] }
const DUTCH: Lang = {
  name: 'Dutch',
  s: nl,
  other: en,
  page: { lang: 'nl' },
  words: [
    '2 reacties',
    'Reageer',
    'Delen',
    'Schrijf een reactie',
    'Naam',
    'Plaats reactie',
    'Volg deze discussie',
    'Code uit de afbeelding',
    'Annuleren',
  ],
}
const ENGLISH: Lang = {
  name: 'English',
  s: en,
  other: nl,
  page: { lang: 'en', title: 'A test article' },
  words: [
    '2 comments',
    'Reply',
    'Share',
    'Write a comment',
    'Name',
    'Post comment',
    'Follow this discussion',
    'Code from the image',
    'Cancel',
  ],
}

/** What a reader of the widget sees and hears: its text, and the alt, aria-label and title attributes. */
const wording = (p: Page) =>
  widget(p).evaluate((host) => {
    const root = host.shadowRoot
    if (!root) return ''
    const attrs = [...root.querySelectorAll('[alt], [aria-label], [title]')].flatMap((el) =>
      ['alt', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''),
    )
    return [root.querySelector('section')?.innerText ?? '', ...attrs].join('\n')
  })

/** The texts of a thread with a reply, its reply form open, the code shown and the follow form open. */
const shown = (s: Strings) => [
  s.count(2),
  s.reply,
  s.share,
  s.replyTo('Anna'),
  s.write,
  s.name,
  s.email,
  s.emailHint,
  s.website,
  s.body,
  s.bodyHint,
  s.follow,
  s.honeypot,
  s.codeAlt,
  s.codeNew,
  s.codeLabel,
  s.post,
  s.cancel,
  s.followOpen,
  s.followEmail,
  s.followSubmit,
]

async function openFullWidget(lang: Lang) {
  const thread = newThread(`words-${lang.s === nl ? 'nl' : 'en'}`)
  const anna = await seed(thread, 'Anna', 'Mooi!')
  await seed(thread, 'Joost', 'Zeker.', { parentId: anna.id })
  await openHtml(page, `${thread}.html`, article({ thread, ...lang.page }))
  await widget(page).getByRole('button', { name: lang.s.reply }).first().click()
  await codeIn(widget(page).getByRole('form', { name: lang.s.replyTo('Anna') }))
  await widget(page).getByRole('button', { name: lang.s.followOpen }).click()
  await widget(page).getByRole('form', { name: lang.s.followOpen }).getByRole('img', { name: lang.s.codeAlt }).waitFor()
}

describe.each([DUTCH, ENGLISH])('in $name', (lang) => {
  it('shows every part of the widget in this language and none in the other', async () => {
    await openFullWidget(lang)
    const words = await wording(page)
    for (const text of [...lang.words, ...shown(lang.s)]) expect(words, `"${text}" is missing`).toContain(text)
    for (const text of shown(lang.other)) expect(words, `"${text}" is in the wrong language`).not.toContain(text)
  })

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

describe('the language', () => {
  it('follows data-lang over the page’s own language', async () => {
    const thread = newThread('data-lang')
    await openHtml(page, `${thread}.html`, article({ thread, lang: 'nl', attrs: { 'data-lang': 'en' } }))
    expect(await widget(page).getByText(en.empty).count()).toBe(1)
  })

  it('is English on a page that names no language', async () => {
    const thread = newThread('no-lang')
    await openHtml(page, `${thread}.html`, article({ thread, lang: '' }))
    expect(await widget(page).getByText(en.empty).count()).toBe(1)
  })
})

describe('dates', () => {
  it.each([
    { lang: DUTCH, ago: '3 uur geleden', exact: /^\d{1,2} [a-z]+ \d{4} om \d{1,2}:\d{2}$/ },
    { lang: ENGLISH, ago: '3 hours ago', exact: /^[A-Z][a-z]+ \d{1,2}, \d{4} at \d{1,2}:\d{2}\s[AP]M$/ },
  ])('are written the $lang.name way', async ({ lang, ago, exact }) => {
    const thread = newThread('dates')
    const c = await seed(thread, 'Anna', 'Wanneer was dit?')
    // Three hours after the comment, by the reader's clock.
    await page.clock.setFixedTime(Date.parse(c.createdAt) + 3 * 3600_000 + 60_000)
    await openHtml(page, `${thread}.html`, article({ thread, ...lang.page }))

    const time = widget(page).locator(`#parley-c${c.id} time`)
    expect(await time.textContent()).toBe(ago)
    expect(await time.getAttribute('datetime')).toBe(c.createdAt)
    expect(await time.getAttribute('title')).toMatch(exact)
  })
})
