// The widget in the page's language: Dutch, German or French by data-lang or <html lang>, English otherwise; every
// word of it, and the dates.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { DUTCH, ENGLISH, FRENCH, GERMAN, READERS, type Reader, shown } from './languages'
import { article, openHtml, widget, wording, words } from './pages'
import { newThread, seed } from './server'

const { en } = words

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

/** Whether `text` is in `texts` with no letter right before or after it. */
const asWord = (texts: string, text: string) =>
  new RegExp(`(?<!\\p{L})${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(texts)

async function openFullWidget(lang: Reader) {
  const thread = newThread(`words-${lang.code}`)
  const anna = await seed(thread, 'Anna', 'Mooi!')
  await seed(thread, 'Joost', 'Zeker.', { parentId: anna.id })
  await openHtml(page, `${thread}.html`, article({ thread, ...lang.page }))
  await widget(page).getByRole('button', { name: lang.s.reply }).first().click()
  await codeIn(widget(page).getByRole('form', { name: lang.s.replyTo('Anna') }))
  await widget(page).getByRole('button', { name: lang.s.followOpen }).click()
  await widget(page).getByRole('form', { name: lang.s.followOpen }).getByRole('img', { name: lang.s.codeAlt }).waitFor()
}

describe.each(READERS)('in $name', (lang) => {
  it('shows the thread and every part of the forms in this language, and none in another', async () => {
    await openFullWidget(lang)
    const texts = await wording(page)
    const own = [...lang.words, ...shown(lang.s)]
    for (const text of own) expect(texts, `"${text}" is missing`).toContain(text)
    // A word two languages share ("Name", "Website (optional)") is this one's too; a word inside a longer one
    // ("Annuler" in "Annuleren") is not that word.
    const foreign = READERS.flatMap((other) => shown(other.s)).filter((text) => !own.includes(text))
    for (const text of foreign) expect(asWord(texts, text), `"${text}" is in the wrong language`).toBe(false)
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
    { lang: GERMAN, ago: 'vor 3 Stunden', exact: /^\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4} um \d{1,2}:\d{2}$/ },
    { lang: FRENCH, ago: 'il y a 3 heures', exact: /^\d{1,2} [a-zéû]+ \d{4} à \d{1,2}:\d{2}$/ },
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
