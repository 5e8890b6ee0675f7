// The widget in the page's language: Dutch on <html lang="nl">, English otherwise; every word of it, and the dates.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Strings } from '../../widget/i18n'
import { LIMITS } from '../../worker/limits'
import { codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { article, type ArticleOptions, openHtml, widget, wording, words } from './pages'
import { newThread, seed } from './server'

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
  s.bodyHint(LIMITS.body),
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
