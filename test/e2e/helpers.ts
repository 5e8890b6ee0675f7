// Shared by the browser tests: Chromium, pages on the demo's origin, challenge answers, seeding and the local mailbox.
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Locator,
  type Page,
} from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest'
import { formStrings } from '../../widget/form/i18n'
import { en } from '../../widget/i18n/en'
import { nl } from '../../widget/i18n/nl'
import type { ChallengeResponse, Comment, PostCommentRequest, PostCommentResponse } from '../../worker/api-types'

export const BASE = inject('baseUrl')

/** Every word the widget shows, by language: parley.js's, and those of the forms that parley-form.js brings. */
export const words = { nl: formStrings(nl, 'nl'), en: formStrings(en, 'en') }

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

// The answer behind every code image a visitor was shown, by the image's data: URL (EXPOSE_CHALLENGE_ANSWER).
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

let threads = 0
/** A thread key no other test uses, so each test starts from an empty discussion. */
export const newThread = (name: string) => `/e2e/${name}-${Date.now().toString(36)}-${++threads}`

export type ArticleOptions = {
  thread: string
  lang?: string
  title?: string
  /** Extra attributes on the <script> tag (data-lang, data-theme…). */
  attrs?: Record<string, string>
}

/** An article page like the demo's, embedding the widget for `thread`. */
export function article({ thread, lang = 'nl', title = 'Een proefartikel', attrs = {} }: ArticleOptions) {
  const extra = Object.entries(attrs)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join('')
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <link rel="stylesheet" href="/site.css">
</head>
<body>
  <header class="site"><a href="/">Buitenwegen</a> <a href="/list.html">Alle artikelen</a></header>
  <main>
    <article>
      <h1>${title}</h1>
      <p>Een korte tekst boven de reacties.</p>
    </article>
  </main>
  <div id="parley"></div>
  <script src="/parley.js" data-site="demo" data-thread="${thread}"${extra} async></script>
</body>
</html>`
}

/** Serves `html` at `path` on the demo's origin (an allowed origin of the demo site) and opens it; resolves once the thread is shown. */
export async function openHtml(page: Page, path: string, html: string) {
  await page.route(`${BASE}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
  return open(page, path)
}

/** Opens a page of the demo origin and waits until the widget has loaded its thread. */
export async function open(page: Page, path: string) {
  const loaded = page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/comments?`))
  await page.goto(path)
  await loaded
  // The first render after the list arrives shows either comments or the empty notice.
  await widget(page).locator(`article, p.meta:text-is("${nl.empty}"), p.meta:text-is("${en.empty}")`).first().waitFor()
}

/** The widget's host; Playwright's locators pierce its open shadow root. */
export const widget = (page: Page) => page.locator('#parley')

/**
 * What a reader does first with a comment form: into its text box, whose first focus brings the rest of the form
 * (parley-form.js) with the focus kept there; resolves once the rest is shown.
 */
export async function openForm(form: Locator) {
  await form.locator('textarea').focus()
  await form.locator('[name=name]').waitFor()
}

/** The code image inside `scope` (a form); it appears once the form is first focused. */
export const codeImage = (scope: Locator) => scope.locator('.code img')

/**
 * Reads the code shown in `scope`, as a reader reads the image in front of them (the answer comes from the exposed
 * answers). With `replacing`, first waits for the image to be another than that one.
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

/** Whether `locator`'s element has the focus within its own (shadow) root. */
export const isFocused = (locator: Locator) =>
  locator.evaluate((el) => (el.getRootNode() as Document | ShadowRoot).activeElement === el)

/** The focused element, looking through open shadow roots: its tag and accessible name as a screen reader would say it. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    if (!el) return { tag: '', name: '' }
    const root = el.getRootNode() as Document | ShadowRoot
    const byIds = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .map((id) => root.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim()
    const labels =
      'labels' in el ? [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent).join(' ') : ''
    const name =
      el.getAttribute('aria-label') ?? (byIds(el.getAttribute('aria-labelledby')) || labels || el.textContent || '')
    return { tag: el.tagName.toLowerCase(), name: name.replace(/\s+/g, ' ').trim() }
  })
}

/** Presses Tab (or Shift+Tab) until the focused element has `name`, as a keyboard user moves through the page. */
export async function tabTo(page: Page, name: string, { back = false, max = 40 } = {}) {
  const seen: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const now = await focused(page)
    if (now.name === name) return
    seen.push(now.name)
  }
  throw new Error(`"${name}" not reached by ${back ? 'Shift+Tab' : 'Tab'}; focus went through: ${seen.join(' | ')}`)
}

/** Posts a comment through the API, as another visitor would, with the exposed answer of a fresh code. */
export async function seed(
  thread: string,
  name: string,
  body: string,
  extra: Partial<PostCommentRequest> = {},
): Promise<Comment> {
  const challenge = (await (await fetch(`${BASE}/api/challenge?site=demo`)).json()) as ChallengeResponse
  if (!challenge.answer) throw new Error('the challenge answer is not exposed: is EXPOSE_CHALLENGE_ANSWER on?')
  const res = await fetch(`${BASE}/api/comments`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      site: 'demo',
      thread,
      name,
      body,
      challengeToken: challenge.token,
      challengeAnswer: challenge.answer,
      ...extra,
    } satisfies PostCommentRequest),
  })
  if (res.status !== 201) throw new Error(`seeding a comment failed: ${res.status} ${await res.text()}`)
  return ((await res.json()) as PostCommentResponse).comment
}

export type Mail = {
  to: string
  subject: string
  text: string
  html: string
  headers: Record<string, string>
  sentAt: string
}

/** Every mail the pipeline sent so far, newest first (GET /dev/mail, the DEV_MAILBOX switch). */
export async function mailbox(): Promise<Mail[]> {
  const res = await fetch(`${BASE}/dev/mail`)
  if (!res.ok) throw new Error(`GET /dev/mail answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { messages: Mail[] }).messages
}

/** Waits for the mail to `to` that `match` accepts; the queue consumer delivers in batches, seconds later. */
export async function waitForMail(to: string, match: (m: Mail) => boolean, ms = 30_000): Promise<Mail> {
  const deadline = Date.now() + ms
  let theirs: Mail[] = []
  while (Date.now() < deadline) {
    theirs = (await mailbox()).filter((m) => m.to === to)
    const found = theirs.find(match)
    if (found) return found
    await new Promise((r) => setTimeout(r, 300))
  }
  throw new Error(
    `no matching mail to ${to} within ${ms / 1000}s; their mails: ${JSON.stringify(theirs.map((m) => m.subject))}`,
  )
}

/** The first link in a mail's plain text that starts with `prefix`. */
export function linkIn(mail: Mail, prefix: string): string {
  const link = mail.text.match(/https?:\/\/\S+/g)?.find((l) => l.startsWith(prefix))
  if (!link) throw new Error(`no link starting with ${prefix} in:\n${mail.text}`)
  return link
}
