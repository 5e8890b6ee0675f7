// The code's alternative in headless Chromium: the widget itself asked for the puzzle `runs` times on an English page,
// each solve timed as the widget reports it ("Puzzle solved in X s"), and SHA-256 hashes per second in Web Crypto.
import { chromium } from 'playwright-core'
import { ARGS, page } from './render.mjs'

const OFFER = "Can't see it? Let your browser solve a puzzle instead"
const SOLVED = /Puzzle solved in ([\d.]+) s/

export async function measureProof({ origin, site, thread, runs = 20 }) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS })
  try {
    const tab = await browser.newPage()
    await tab.route(`${origin}/bench.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: page({ site, thread }) }),
    )
    await tab.goto(`${origin}/bench.html`)
    await tab.locator('#parley textarea').focus()
    const form = tab.locator('#parley form').first()
    const seconds = []
    for (let i = 0; i < runs; i++) {
      await form.getByRole('button', { name: OFFER }).click()
      const status = form.getByRole('status')
      await status.filter({ hasText: SOLVED }).waitFor({ timeout: 30_000 })
      seconds.push(Number(SOLVED.exec(await status.textContent())[1]))
      await form.getByRole('button', { name: 'Use the image code' }).click()
    }
    const hashesPerSecond = await tab.evaluate(async () => {
      const encoder = new TextEncoder()
      const started = performance.now()
      for (let n = 0; n < 20_000; n++) await crypto.subtle.digest('SHA-256', encoder.encode(`0123456789abcdef${n}`))
      return 20_000 / ((performance.now() - started) / 1000)
    })
    const sorted = [...seconds].sort((a, b) => a - b)
    const { proof } = await (await fetch(`${origin}/api/challenge?site=${site}&kind=proof`)).json()
    const { maxNumber } = proof
    return {
      runs,
      median: sorted[Math.floor(runs / 2)],
      max: sorted.at(-1),
      min: sorted[0],
      hashesPerSecond,
      maxNumber,
    }
  } finally {
    await browser.close()
  }
}
