// Chromium for the browser tests: Debian's, one per test file; a new visitor (context) per test; and the code images
// a visitor was shown, read as a person reads them (the local switch EXPOSE_CHALLENGE_ANSWER gives their answers).
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import type { ChallengeResponse } from '../../worker/api-types'
import { BASE } from './server'

/** Debian's Chromium, never a downloaded one; Playwright gives every launch a fresh temporary profile. */
export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every server here is on loopback, and a page the tests serve themselves has no address: Chromium's Local
      // Network Access would count it as public and ask the reader before it may load from loopback.
      '--disable-features=LocalNetworkAccessChecks',
    ],
  })

/** One Chromium for the whole test file, closed after it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launch()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => browser!
}

/** A new visitor for every test (a fresh context and page, closed after the test), handed to `use`. */
export function eachTestANewVisitor(
  browser: () => Browser,
  use: (visit: { context: BrowserContext; page: Page }) => void,
) {
  let context: BrowserContext | undefined
  beforeEach(async () => {
    context = await visitor(browser())
    use({ context, page: await context.newPage() })
  })
  afterEach(async () => {
    await context?.close()
  })
}

// The answer behind every code image a visitor was shown, by the image's data: URL.
const answers = new WeakMap<BrowserContext, Map<string, string>>()
const imageSrc = (svg: string) => `data:image/svg+xml,${encodeURIComponent(svg)}`

/** A browser context as a new visitor: nothing stored, a fixed viewport and locale. */
export async function visitor(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 900, height: 900 },
    locale: 'nl-NL',
    baseURL: BASE,
    ...options,
  })
  const seen = new Map<string, string>()
  answers.set(context, seen)
  context.on('response', (r) => {
    if (!r.url().startsWith(`${BASE}/api/challenge?`)) return
    r.json().then(
      ({ image, answer }: ChallengeResponse) => answer && seen.set(imageSrc(image), answer),
      () => undefined,
    )
  })
  return context
}

/** The code image inside `scope` (a form); it appears once the form is first focused. */
export const codeImage = (scope: Locator) => scope.locator('.code img')

/**
 * Reads the code shown in `scope`, as a reader reads the image in front of them. With `replacing`, first waits for
 * the image to be another than that one.
 */
export async function codeIn(scope: Locator, replacing?: string | null): Promise<string> {
  const image = codeImage(scope)
  const seen = answers.get(scope.page().context())
  if (!seen) throw new Error('open the page in a context made by visitor()')
  let answer: string | undefined
  await expect
    .poll(
      async () => {
        const src = await image.getAttribute('src')
        answer = src && src !== replacing ? seen.get(src) : undefined
        return answer
      },
      { timeout: 10_000 },
    )
    .toBeTruthy()
  return answer ?? ''
}
