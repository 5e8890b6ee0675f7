// The reader's own page, in Chromium and with the keyboard alone: ask for the link from the widget's "Manage my email",
// read it from the local mailbox, open the page and leave a discussion with its button.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { focused, tabTo } from './focus'
import { article, openHtml, widget, words } from './pages'
import { BASE, linkIn, newThread, seed, waitForMail } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

describe("the reader's own page", () => {
  it('is asked for from the widget, mailed, opened, and leaves a discussion, all by keyboard', async () => {
    const thread = newThread('reader-page')
    const email = `lotte.${Date.now().toString(36)}@example.com`
    await seed(thread, 'Lotte', 'Mooi geschreven.', { email, follow: true })
    await openHtml(page, `${thread}.html`, article({ thread }))

    // "Beheer mijn e-mail": Space opens its form with the focus on the address.
    await tabTo(page, t.manageOpen)
    await page.keyboard.press('Space')
    // Two chunks come first on this first use (the forms, and the words of this one), on a busy test machine.
    await expect.poll(async () => (await focused(page)).name, { timeout: 10_000 }).toBe('Je e-mailadres')
    await page.keyboard.type(email)
    const form = widget(page).getByRole('form', { name: t.manageOpen })
    await tabTo(page, t.codeLabel)
    await page.keyboard.type(await codeIn(form))
    await page.keyboard.press('Enter')
    await form
      .getByRole('status')
      .getByText('Als dit adres hier bekend is, is er een link naar je eigen pagina onderweg.')
      .waitFor()

    const mail = await waitForMail(email, (m) => m.subject.startsWith('Je link naar je eigen pagina'))
    await page.goto(linkIn(mail, `${BASE}/me?token=`))
    await page.getByRole('heading', { name: 'Discussies die je volgt' }).waitFor()
    expect(await page.getByText('Mooi geschreven.').count()).toBe(1)

    // Leave it: Tab to its button, Enter; the page comes back and says what happened.
    await tabTo(page, `Niet meer volgen: ${thread}`)
    await page.keyboard.press('Enter')
    await page.getByRole('status').getByText('Je volgt die discussie niet meer.').waitFor()
    await page.getByText('Je volgt hier geen discussie.').waitFor()
  })
})
