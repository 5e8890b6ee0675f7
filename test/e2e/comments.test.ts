// A reader's discussion in Chromium: posting, replying, and a mistyped code.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { codeImage, codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { isFocused } from './focus'
import { article, open, openForm, openHtml, widget, words, write } from './pages'
import { newThread, seed } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

const mainForm = () => widget(page).getByRole('form', { name: t.write })
const comment = (text: string) => widget(page).locator('article').filter({ hasText: text })

describe('posting', () => {
  it('shows a new comment in the thread, announces it and moves the focus to it', async () => {
    const thread = newThread('post')
    await openHtml(page, '/e2e/post.html', article({ thread }))
    await widget(page).getByText(t.empty).waitFor()

    await write(mainForm(), { name: 'Marieke', body: 'Mooie route, die fiets ik *zeker* na.' })

    const mine = comment('Mooie route')
    await mine.waitFor()
    expect(await mine.locator('em').textContent()).toBe('zeker')
    expect(await widget(page).getByRole('heading', { level: 2 }).textContent()).toBe(t.count(1))
    expect(await mainForm().getByRole('status').textContent()).toBe(t.posted)
    await expect.poll(() => isFocused(mine)).toBe(true)
    expect(await widget(page).getByText(t.empty).count()).toBe(0)

    await page.reload()
    await open(page, '/e2e/post.html')
    expect(await comment('Mooie route').getByText('Marieke').count()).toBe(1)
  })

  it('nests a reply under its comment and focuses the reply', async () => {
    const thread = newThread('reply')
    await seed(thread, 'Anna', 'Weet iemand of het pontje in Maarssen ook in de winter vaart?')
    await openHtml(page, '/e2e/reply.html', article({ thread }))

    await comment('pontje').getByRole('button', { name: t.reply }).click()
    const form = widget(page).getByRole('form', { name: t.replyTo('Anna') })
    // The reply form opens with the focus in its text box, which comes first.
    await expect.poll(() => isFocused(form.getByLabel(t.body, { exact: true }))).toBe(true)
    await write(form, { name: 'Joost', body: 'Ja, het hele jaar, behalve bij ijsgang.' })

    const reply = comment('ijsgang')
    await reply.waitFor()
    expect(await form.count()).toBe(0)
    // The reply sits in the list of replies inside Anna's list item.
    const nested = widget(page)
      .locator('li', { has: page.locator('article', { hasText: 'pontje' }) })
      .locator('ol article')
    expect(await nested.textContent()).toContain('ijsgang')
    await expect.poll(() => isFocused(reply)).toBe(true)
    expect(await widget(page).getByRole('status').first().textContent()).toBe(t.posted)

    await page.reload()
    await open(page, '/e2e/reply.html')
    expect(await nested.textContent()).toContain('ijsgang')
  })
})

describe('a wrong code', () => {
  it('says so, shows a new image with an empty field, and the new code then posts the comment', async () => {
    const thread = newThread('wrong-code')
    await openHtml(page, '/e2e/wrong-code.html', article({ thread }))
    const form = mainForm()
    const codeField = form.getByLabel(t.codeLabel, { exact: true })

    await openForm(form)
    await form.getByLabel(t.body, { exact: true }).fill('Tweede poging.')
    await form.getByLabel(t.name, { exact: true }).fill('Karel')
    await codeIn(form)
    const firstImage = await codeImage(form).getAttribute('src')
    // An O is never part of a code (it looks like a zero), so this answer is wrong for sure.
    await codeField.fill('WRONG7')
    await form.getByRole('button', { name: t.post }).click()

    await form.getByText(t.errors.challenge_failed).first().waitFor()
    expect(await form.getByRole('status').textContent()).toBe(t.errors.challenge_failed)
    expect(await codeField.getAttribute('aria-invalid')).toBe('true')
    const code = await codeIn(form, firstImage)
    expect(await form.getByRole('img', { name: t.codeAlt }).count()).toBe(1)
    expect(await codeField.inputValue()).toBe('')
    await expect.poll(() => isFocused(codeField)).toBe(true)
    // Everything else the reader typed is still there.
    expect(await form.getByLabel(t.body, { exact: true }).inputValue()).toBe('Tweede poging.')

    await codeField.fill(code)
    await form.getByRole('button', { name: t.post }).click()
    await comment('Tweede poging').waitFor()
    expect(await codeField.getAttribute('aria-invalid')).toBeNull()
  })
})
