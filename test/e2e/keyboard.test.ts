// The whole widget with the keyboard alone: Tab, Shift+Tab, Enter, Space and Escape, never a click.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeImage, codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { focused, isFocused, tabTo, typeComment } from './focus'
import { article, openHtml, widget, words } from './pages'
import { newThread, seed } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

const focusedArticle = () =>
  page.waitForFunction(() => document.querySelector('#parley')?.shadowRoot?.activeElement?.tagName === 'ARTICLE')

describe('with the keyboard alone', () => {
  it('a reader posts, replies, edits, deletes and follows', async () => {
    const thread = newThread('keyboard')
    await seed(thread, 'Anna', 'Wie fietst er zaterdag mee?')
    await openHtml(page, `${thread}.html`, article({ thread }))

    // Post: from the top of the page into the comment box, typing at once; its first focus brings the rest of the form
    // and the code, while the text and the focus stay.
    const main = widget(page).getByRole('form', { name: t.write })
    await typeComment(page, main, { body: 'Ik fiets mee!', name: 'Marieke' })
    await codeIn(main)
    expect(await main.getByLabel(t.body, { exact: true }).inputValue()).toBe('Ik fiets mee!')
    const hardToRead = await codeImage(main).getAttribute('src')
    // A hard-to-read code: Space on "new code" gets another one.
    await tabTo(page, t.codeNew)
    await page.keyboard.press('Space')
    const code = await codeIn(main, hardToRead)
    await tabTo(page, t.codeLabel)
    await page.keyboard.type(code)
    await page.keyboard.press('Enter')
    await focusedArticle()
    expect((await focused(page)).name).toContain('Ik fiets mee!')

    // Reply: back up with Shift+Tab to Anna's Reply, open it with Enter; the focus lands in the reply's text.
    await tabTo(page, t.reply, { back: true })
    await page.keyboard.press('Enter')
    const replyForm = widget(page).getByRole('form', { name: t.replyTo('Anna') })
    await expect.poll(() => isFocused(replyForm.getByLabel(t.body, { exact: true }))).toBe(true)
    await page.keyboard.type('Ik ook, als het droog is.')
    await tabTo(page, t.codeLabel)
    await page.keyboard.type(await codeIn(replyForm))
    await page.keyboard.press('Enter')
    await focusedArticle()
    expect((await focused(page)).name).toContain('als het droog is')
    expect(await replyForm.count()).toBe(0)

    // Edit the reply: Tab to Edit, change the text, Tab to Save.
    await tabTo(page, t.edit)
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focused(page)).name).toBe(t.body)
    await page.keyboard.press('Control+A')
    await page.keyboard.type('Ik ook, zelfs als het regent.')
    await tabTo(page, t.save)
    await page.keyboard.press('Enter')
    await focusedArticle()
    expect((await focused(page)).name).toContain('zelfs als het regent')
    await widget(page).getByRole('status').getByText(t.saved).waitFor()

    // Delete it: Escape backs out of the question, Enter on Delete asks again, Enter on "Yes" deletes.
    await tabTo(page, t.del)
    await page.keyboard.press('Space')
    await expect.poll(async () => (await focused(page)).name).toBe(t.delYes)
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await focused(page)).name).toBe(t.del)
    await page.keyboard.press('Enter')
    await expect.poll(async () => (await focused(page)).name).toBe(t.delYes)
    await page.keyboard.press('Enter')
    await widget(page).getByText('zelfs als het regent').waitFor({ state: 'detached' })
    // The focus is not lost with the comment: it goes to the thread's status line, which says what happened.
    await expect.poll(() => focused(page)).toEqual({ tag: 'p', name: t.deleted })

    // Follow: Space opens the form with the focus on its email field.
    await tabTo(page, t.followOpen)
    await page.keyboard.press('Space')
    await expect.poll(async () => (await focused(page)).name).toBe(t.followEmail)
    await page.keyboard.type(`marieke.${Date.now()}@example.com`)
    await tabTo(page, t.codeLabel)
    await page.keyboard.type(await codeIn(widget(page).getByRole('form', { name: t.followOpen })))
    await page.keyboard.press('Enter')
    await widget(page).getByRole('form', { name: t.followOpen }).getByRole('status').getByText(t.followSent).waitFor()
  })

  it('Escape closes a reply form and returns the focus to its Reply button', async () => {
    const thread = newThread('keyboard-escape')
    await seed(thread, 'Anna', 'Een vraag.')
    await openHtml(page, `${thread}.html`, article({ thread }))
    await tabTo(page, t.reply)
    await page.keyboard.press('Enter')
    const form = widget(page).getByRole('form', { name: t.replyTo('Anna') })
    await expect.poll(() => isFocused(form.getByLabel(t.body, { exact: true }))).toBe(true)
    await page.keyboard.press('Escape')
    expect(await form.count()).toBe(0)
    await expect.poll(async () => (await focused(page)).name).toBe(t.reply)
    expect(await widget(page).getByRole('button', { name: t.reply }).getAttribute('aria-expanded')).toBe('false')
  })
})
