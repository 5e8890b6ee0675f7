// Accessibility in Chromium: where the focus goes, what the live regions say, and a code that needs neither a mouse nor
// the sight of its text.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ChallengeResponse } from '../../worker/api-types'
import { codeImage, codeIn, eachTestANewVisitor, useBrowser } from './browser'
import { isFocused } from './focus'
import { openArticle, openForm, widget, words } from './pages'
import { BASE } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

describe('focus', () => {
  it('goes to the first field to correct when the form is sent incomplete', async () => {
    const { form } = await openArticle(page, 'focus-local')
    await openForm(form)
    await form.getByLabel(t.name, { exact: true }).fill('Anna')
    await form.getByRole('button', { name: t.post }).click()
    await codeIn(form)
    await form.getByText(t.fields.body).first().waitFor()
    await expect.poll(() => isFocused(form.getByLabel(t.body, { exact: true }))).toBe(true)
  })

  it('goes to the field the server refused, which names the problem', async () => {
    const { form } = await openArticle(page, 'focus-server')
    await openForm(form)
    await form.getByLabel(t.name, { exact: true }).fill('Anna')
    await form.getByLabel(t.email, { exact: true }).fill('anna@')
    await form.getByLabel(t.body, { exact: true }).fill('Hallo')
    await form.getByLabel(t.codeLabel, { exact: true }).fill(await codeIn(form))
    await form.getByRole('button', { name: t.post }).click()

    const email = form.getByLabel(t.email, { exact: true })
    await form.getByRole('status').getByText(t.fields.email).waitFor()
    await expect.poll(() => isFocused(email)).toBe(true)
    expect(await email.getAttribute('aria-invalid')).toBe('true')
    // A screen reader reads the error with the field: it is part of the field's description.
    expect(await description(email)).toContain(t.fields.email)
  })
})

/** The text of the elements a field's aria-describedby names. */
const description = (field: ReturnType<Page['locator']>) =>
  field.evaluate((el) => {
    const root = el.getRootNode() as ShadowRoot
    return (el.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent)
      .join(' ')
  })

describe('the live regions', () => {
  it('exist, empty and polite, before there is anything to say', async () => {
    await openArticle(page, 'live')
    const regions = widget(page).locator('[aria-live]')
    // The thread's own and the comment form's; a region added together with its message is often not read out.
    expect(await regions.count()).toBe(2)
    for (const region of await regions.all()) {
      expect(await region.getAttribute('aria-live')).toBe('polite')
      expect(await region.getAttribute('role')).toBe('status')
      expect(await region.textContent()).toBe('')
    }
  })

  it('carry the form’s progress and its errors', async () => {
    const { form } = await openArticle(page, 'live-messages')
    const status = form.locator('[aria-live="polite"]')
    await page.route(`${BASE}/api/comments`, async (route) => {
      // Slow enough to see "Sending…" in the region before the answer.
      await new Promise((r) => setTimeout(r, 300))
      await route.continue()
    })
    await openForm(form)
    await form.getByLabel(t.name, { exact: true }).fill('Anna')
    await form.getByLabel(t.body, { exact: true }).fill('Hallo')
    await codeIn(form)
    await form.getByLabel(t.codeLabel, { exact: true }).fill('FOUT99')
    await form.getByRole('button', { name: t.post }).click()
    await status.getByText(t.sending).waitFor()
    await status.getByText(t.errors.challenge_failed).waitFor()

    await widget(page).getByRole('button', { name: t.codeNew }).click()
    await status.getByText(t.codeReady).waitFor()
  })
})

describe('the code', () => {
  it('has an image whose text alternative says what to do without giving the code away', async () => {
    await openArticle(page, 'code-alt')
    const answer = page
      .waitForResponse((r) => r.url().startsWith(`${BASE}/api/challenge?`))
      .then((r) => r.json() as Promise<ChallengeResponse>)
    await widget(page).getByLabel(t.body, { exact: true }).focus()
    const { answer: code, image } = await answer
    const img = widget(page).getByRole('img', { name: t.codeAlt })
    const alt = (await img.getAttribute('alt')) ?? ''

    expect(alt).toBe('Afbeelding met een code van 5 of 6 letters en cijfers: typ die hieronder over')
    expect(alt.toUpperCase()).not.toContain(code?.toUpperCase())
    // The code is drawn as paths: there is no text in the image for a machine (or a screen reader) to read.
    expect(image).not.toMatch(/<text|<tspan|font-family/i)
    // The field under it is named for the same task.
    expect(await widget(page).getByRole('textbox', { name: t.codeLabel }).count()).toBe(1)
  })

  it('offers a new code with a real button, which works from the keyboard', async () => {
    const { form } = await openArticle(page, 'code-button')
    await form.getByLabel(t.body, { exact: true }).focus()
    await codeIn(form)
    const before = await codeImage(form).getAttribute('src')

    const button = form.getByRole('button', { name: t.codeNew })
    expect(await button.evaluate((b) => [b.tagName, (b as HTMLButtonElement).type])).toEqual(['BUTTON', 'button'])
    await button.focus()
    await page.keyboard.press('Enter')
    await codeIn(form, before)
    await form.getByRole('status').getByText(t.codeReady).waitFor()
    // Asking for a code does not send the form.
    expect(await widget(page).locator('[aria-invalid="true"]').count()).toBe(0)
  })
})
