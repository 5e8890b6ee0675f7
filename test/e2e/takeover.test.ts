// A page that includes the server's fragment of its thread (GET /embed) in the widget's target, by the README's
// build-time recipe (examples/build-include): readers without
// JavaScript see the thread, and the widget takes it over in place, without asking for it again and without moving
// anything (cumulative layout shift 0).
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { includeThread } from '../../examples/build-include/include.mjs'
import { useBrowser, visitor } from './browser'
import { article, widget, words } from './pages'
import { BASE, newThread, seed } from './server'

const t = words.nl
const browser = useBrowser()

/** The article for `thread` with the fragment in its target, put there by the README's build-time recipe. */
const pageWithFragment = (thread: string) =>
  includeThread(article({ thread }), { parley: BASE, site: 'demo', thread }) as Promise<string>

/** Opens `html` at the thread's path on the demo's origin, counting the layout shifts and the thread's requests. */
async function openWithFragment(page: Page, thread: string, html: string) {
  const listed: string[] = []
  page.on('request', (r) => void (r.url().startsWith(`${BASE}/api/comments?`) && listed.push(r.url())))
  await page.addInitScript(() => {
    const w = window as unknown as { cls: number }
    w.cls = 0
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) w.cls += e.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.route(`${BASE}${thread}.html`, (r) => r.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
  await page.goto(`${thread}.html`)
  return { listed, cls: () => page.evaluate(() => (window as unknown as { cls: number }).cls) }
}

describe('a page with the thread already in it', () => {
  it('shows the thread without JavaScript: comments, replies and their permalinks', async () => {
    const thread = newThread('fragment')
    const first = await seed(thread, 'Anna', 'Een reactie die zoekmachines lezen.')
    await seed(thread, 'Bram', 'En een antwoord.', { parentId: first.id })
    const page = await (await visitor(browser(), { javaScriptEnabled: false })).newPage()
    await openWithFragment(page, thread, await pageWithFragment(thread))
    const text = await widget(page).locator('section').innerText()
    expect(text).toContain(t.count(2))
    expect(text).toContain('Een reactie die zoekmachines lezen.')
    expect(text).toContain('En een antwoord.')
    expect(await page.locator(`#parley-c${first.id}`).count()).toBe(1)
    await page.context().close()
  })

  it('is taken over by the widget in place: no second request for the thread, no layout shift', async () => {
    const thread = newThread('takeover')
    const first = await seed(thread, 'Anna', 'Eerste reactie.')
    await seed(thread, 'Bram', 'Een antwoord.', { parentId: first.id })
    const page = await (await visitor(browser())).newPage()
    const seen = await openWithFragment(page, thread, await pageWithFragment(thread))
    // The widget is in charge once its shadow root holds the thread and a form answers to a reader.
    await widget(page).locator('article').first().waitFor()
    await widget(page).getByRole('button', { name: t.followOpen }).waitFor()
    await page.waitForTimeout(500)
    expect(await seen.cls()).toBe(0)
    expect(seen.listed).toEqual([])
    expect(await widget(page).locator('article').count()).toBe(2)
    expect(await widget(page).locator('section').count()).toBe(1)
    await widget(page).getByRole('button', { name: t.reply }).first().click()
    await widget(page)
      .getByRole('form', { name: t.replyTo('Anna') })
      .waitFor()
    await page.context().close()
  })
})
