// One's own comment in Chromium: edited in place and kept, deleted after a confirmation, and no one else's to change.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { eachTestANewVisitor, useBrowser, visitor } from './browser'
import { isFocused } from './focus'
import { article, open, openArticle, openHtml, widget, words, write } from './pages'

const t = words.nl

let page: Page

const browser = useBrowser()
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

const comment = (text: string) => widget(page).locator('article').filter({ hasText: text })

/** A new thread's article in which this visitor posts `body` as `name`; with their comment, found by `word`. */
async function posted(name: string, body: string, word: string) {
  const { thread, path, form } = await openArticle(page, name.toLowerCase())
  await write(form, { name, body })
  const mine = comment(word)
  await mine.waitFor()
  return { thread, path, mine }
}

describe('one’s own comment', () => {
  it('can be edited in place, and the edit is kept', async () => {
    const { path, mine } = await posted('Ilse', 'Het pontje kost een euor.', 'pontje')

    await mine.getByRole('button', { name: t.edit }).click()
    const box = mine.getByLabel(t.body, { exact: true })
    expect(await box.inputValue()).toBe('Het pontje kost een euor.')
    await expect.poll(() => isFocused(box)).toBe(true)
    await box.fill('Het pontje kost een **euro**.')
    await mine.getByRole('button', { name: t.save }).click()

    await mine.locator('strong', { hasText: 'euro' }).waitFor()
    expect(await mine.getByText(`(${t.edited})`).count()).toBe(1)
    await expect.poll(() => isFocused(mine)).toBe(true)
    expect(await widget(page).getByRole('status').first().textContent()).toBe(t.saved)

    await page.reload()
    await open(page, path)
    expect(await comment('pontje').locator('.body strong').textContent()).toBe('euro')
  })

  it('can be deleted after a confirmation, and stays gone', async () => {
    const { path, mine } = await posted('Bram', 'Oeps, verkeerde pagina.', 'verkeerde pagina')

    await mine.getByRole('button', { name: t.del }).click()
    const ask = mine.getByRole('group', { name: t.delAsk })
    await ask.getByRole('button', { name: t.delYes }).click()

    await mine.waitFor({ state: 'detached' })
    expect(await widget(page).getByRole('status').first().textContent()).toBe(t.deleted)
    expect(await widget(page).getByRole('heading', { level: 2 }).textContent()).toBe(t.comments)

    await page.reload()
    await open(page, path)
    expect(await widget(page).getByText(t.empty).count()).toBe(1)
  })

  it('offers no edit or delete to another visitor', async () => {
    const { thread, path, mine } = await posted('Sanne', 'Alleen ik mag dit wijzigen.', 'wijzigen')
    await mine.getByRole('button', { name: t.edit }).waitFor()

    const other = await (await visitor(browser())).newPage()
    await openHtml(other, path, article({ thread }))
    const theirs = widget(other).locator('article', { hasText: 'wijzigen' })
    expect(await theirs.getByRole('button', { name: t.reply }).count()).toBe(1)
    expect(await theirs.getByRole('button', { name: t.edit }).count()).toBe(0)
    expect(await theirs.getByRole('button', { name: t.del }).count()).toBe(0)
    await other.context().close()
  })
})
