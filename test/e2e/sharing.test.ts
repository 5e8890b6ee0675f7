// Sharing a comment: its permalink (#parley-c<id>) scrolls to it and highlights it; Share uses Web Share or copies the link.
import type { BrowserContext, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { nl as t } from '../../widget/i18n/nl'
import type { Comment } from '../../worker/api-types'
import { useBrowser, visitor } from './browser'
import { article, open, widget } from './pages'
import { BASE, newThread, seed } from './server'

let context: BrowserContext

const browser = useBrowser()
afterEach(async () => {
  await context?.close()
})

/** A thread long enough that its last comments are well below the fold. */
async function longThread(name: string) {
  const thread = newThread(name)
  const comments: Comment[] = []
  for (let i = 1; i <= 8; i++)
    comments.push(
      await seed(
        thread,
        `Lezer ${i}`,
        `Reactie nummer ${i}.\n\nMet een tweede alinea, zodat de reactie wat ruimte inneemt.`,
      ),
    )
  return { thread, path: `${thread}.html`, comments }
}

async function serve(page: Page, path: string, thread: string) {
  await page.route(`${BASE}${path}`, (route) => route.fulfill({ contentType: 'text/html', body: article({ thread }) }))
}

const inView = (page: Page, id: number) =>
  widget(page)
    .locator(`#parley-c${id}`)
    .evaluate((el) => {
      const r = el.getBoundingClientRect()
      return r.top >= 0 && r.bottom <= innerHeight
    })

describe('a permalink', () => {
  it('scrolls to its comment and highlights it, also when the hash changes later', async () => {
    const { thread, path, comments } = await longThread('permalink')
    const [first, , , , , , target] = comments as [Comment, ...Comment[]]
    context = await visitor(browser())
    const page = await context.newPage()
    await serve(page, path, thread)

    await open(page, path)
    expect(await inView(page, target!.id)).toBe(false)

    // Arriving from elsewhere (a mail, a chat) with the permalink: a fresh load, not a change of hash.
    await page.goto('about:blank')
    await page.goto(`${path}#parley-c${target!.id}`)
    await widget(page).locator(`article#parley-c${target!.id}.hl`).waitFor()
    await page.waitForFunction((id) => {
      const r = document.querySelector('#parley')?.shadowRoot?.getElementById(`parley-c${id}`)?.getBoundingClientRect()
      return !!r && r.top >= 0 && r.bottom <= innerHeight
    }, target!.id)
    expect(await widget(page).locator('article.hl').count()).toBe(1)

    // The time of a comment is its permalink: following it moves the highlight.
    await widget(page).locator(`#parley-c${first.id}`).locator(`a[href="#parley-c${first.id}"]`).click()
    await widget(page).locator(`article#parley-c${first.id}.hl`).waitFor()
    expect(await inView(page, first.id)).toBe(true)
    expect(await widget(page).locator('article.hl').count()).toBe(1)
  })
})

describe('Share', () => {
  it('copies the permalink where the browser has no Web Share, and says so', async () => {
    const thread = newThread('copy')
    const c = await seed(thread, 'Anna', 'Deel mij.')
    context = await visitor(browser())
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE })
    const page = await context.newPage()
    // Desktop Chromium on Linux has no Web Share; make sure of it.
    await page.addInitScript(() => {
      delete (Navigator.prototype as Partial<Navigator>).share
    })
    await serve(page, '/e2e/copy.html', thread)
    await open(page, '/e2e/copy.html')

    await widget(page).locator('article', { hasText: 'Deel mij' }).getByRole('button', { name: t.share }).click()
    await widget(page).getByRole('status').getByText(t.copied).waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${BASE}/e2e/copy.html#parley-c${c.id}`)
  })

  it('hands the permalink and the page title to Web Share where the browser has it', async () => {
    const thread = newThread('share')
    const c = await seed(thread, 'Anna', 'Deel mij ook.')
    context = await visitor(browser())
    const page = await context.newPage()
    await page.addInitScript(() => {
      const shared: ShareData[] = []
      Object.assign(window, { shared })
      navigator.share = async (data?: ShareData) => {
        shared.push(data ?? {})
      }
    })
    await serve(page, '/e2e/share.html', thread)
    await open(page, '/e2e/share.html')

    await widget(page).locator('article', { hasText: 'Deel mij ook' }).getByRole('button', { name: t.share }).click()
    await page.waitForFunction(() => (window as unknown as { shared: ShareData[] }).shared.length > 0)
    expect(await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared)).toEqual([
      { title: 'Een proefartikel', url: `${BASE}/e2e/share.html#parley-c${c.id}` },
    ])
  })
})
