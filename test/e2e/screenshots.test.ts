// Screenshots of the demo as readers see it, light and dark, Dutch and English, written to test/e2e/screenshots/.
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import type { ListResponse } from '../../worker/api-types'
import { codeIn, useBrowser, visitor } from './browser'
import { open, widget, words } from './pages'
import { BASE, seed } from './server'

const OUT = fileURLToPath(new URL('screenshots/', import.meta.url))
const ENGLISH_PAGE = readFileSync(new URL('pages/article-en.html', import.meta.url), 'utf8')

const browser = useBrowser()
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true })
  // The demo's home thread, with a short conversation to show.
  const { comments } = (await (await fetch(`${BASE}/api/comments?site=demo&thread=/`)).json()) as ListResponse
  if (comments.length > 0) return
  const anna = await seed('/', 'Anna de Vries', 'Prachtige route! Vaart het pontje bij Maarssen ook op **zondag**?', {
    threadTitle: 'Langs de Vecht naar Muiden',
  })
  await seed('/', 'Joost', 'Ja, elke dag van april tot oktober. Neem wel een euro mee.', {
    parentId: anna.id,
    website: 'https://example.com',
  })
  await seed(
    '/',
    'Femke Bakker',
    'De krentenbollen in Loenen zijn inderdaad de moeite waard. Tip: ga vóór tienen, dan zijn ze nog warm.',
  )
})

describe.each([
  { lang: 'nl', path: '/', s: words.nl },
  { lang: 'en', path: '/en/', s: words.en },
])('the demo in $lang', ({ lang, path, s }) => {
  it.each(['light', 'dark'] as const)('is photographed in the %s theme', async (scheme) => {
    const context = await visitor(browser(), {
      viewport: { width: 820, height: 900 },
      colorScheme: scheme,
      locale: lang,
    })
    const page = await context.newPage()
    await page.route(`${BASE}/en/`, (route) => route.fulfill({ contentType: 'text/html', body: ENGLISH_PAGE }))
    await open(page, path)
    // Show the whole form and its code image too, as a reader sees them once they start typing; then let go of the
    // focus again.
    await widget(page).getByLabel(s.body, { exact: true }).focus()
    await codeIn(widget(page))
    await widget(page)
      .getByRole('img', { name: s.codeAlt })
      .evaluate((img: HTMLImageElement) => img.decode())
    await widget(page).evaluate((host) => (host.shadowRoot?.activeElement as HTMLElement | null)?.blur())

    expect(await widget(page).getByRole('heading', { level: 2 }).textContent()).toBe(s.count(3))
    const background = await widget(page)
      .locator('section')
      .evaluate((el) => getComputedStyle(el).backgroundColor)
    // The demo's stylesheet gives the widget its paper colour: warm white, or near-black in the dark.
    expect(background).toBe(scheme === 'light' ? 'rgb(251, 248, 243)' : 'rgb(27, 25, 23)')

    const file = `${OUT}demo-${scheme}-${lang}.png`
    await page.screenshot({ path: file, fullPage: true })
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG')
    await context.close()
  })
})
