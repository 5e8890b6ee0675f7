// The code's alternative in Chromium (issue 12): a reader using only the keyboard and accessible names, who never
// reads the image, lets the browser solve the puzzle and posts; axe finds nothing wrong in any state of the gate.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { audit, violations } from './axe'
import { eachTestANewVisitor, useBrowser } from './browser'
import { tabTo, typeComment } from './focus'
import { article, openForm, openHtml, widget, words } from './pages'
import { newThread } from './server'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

const solved = /^Puzzel opgelost in \d+\.\d s\. Je kunt nu versturen\.$/

describe('the puzzle instead of the code', () => {
  it('lets a keyboard user who never reads the image post a comment, held for the owner as the site says', async () => {
    const thread = newThread('gate-keyboard')
    await openHtml(page, `${thread}.html`, article({ thread }))
    const form = widget(page).getByRole('form', { name: t.write })
    await typeComment(page, form, { body: 'Zonder code, met de toetsen.', name: 'Sem' })
    await tabTo(page, t.proofOffer)
    await page.keyboard.press('Enter')
    const status = form.getByRole('status')
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(solved)
    await tabTo(page, t.post)
    await page.keyboard.press('Enter')
    // The demo site holds a stranger's first comment sent this way (alt_gate_moderation's default, first_time).
    await status.getByText(t.postedPending).waitFor()
    await widget(page).getByText('Zonder code, met de toetsen.').waitFor()
    // The puzzle is set again for the next comment, still without the image.
    expect(await form.locator('.code img').count()).toBe(0)
  })

  it('gives axe nothing to report while the puzzle is asked for, solved, and back to the code', async () => {
    const thread = newThread('gate-axe')
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    // Holds the puzzle on its way, so the "solving" state stays on screen for the audit.
    await page.route('**/api/challenge?*kind=proof*', async (route) => {
      await held
      await route.continue()
    })
    await openHtml(page, `${thread}.html`, article({ thread }))
    const form = widget(page).getByRole('form', { name: t.write })
    await openForm(form)
    await form.getByRole('button', { name: t.proofOffer }).click()
    await form.getByText(t.proofWorking).first().waitFor()
    expect(violations(await audit(page))).toEqual([])
    release()
    await expect.poll(() => form.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(solved)
    expect(violations(await audit(page))).toEqual([])
    await form.getByRole('button', { name: t.proofBack }).click()
    await form.locator('.code img').waitFor()
    expect(violations(await audit(page))).toEqual([])
  })
})
