// The pages of the browser tests: an article embedding the widget, opened and waited for; the widget's words; where
// the focus is, as a screen reader would say it; and a reader filling in a form, by keyboard or not.
import type { Locator, Page } from 'playwright-core'
import { formDe } from '../../widget/form/words-de'
import { formEn } from '../../widget/form/words-en'
import { formFr } from '../../widget/form/words-fr'
import { formNl } from '../../widget/form/words-nl'
import type { FormWords, Lang, Strings, Words } from '../../widget/i18n'
import { de } from '../../widget/i18n/de'
import { en } from '../../widget/i18n/en'
import { fr } from '../../widget/i18n/fr'
import { nl } from '../../widget/i18n/nl'
import { codeIn } from './browser'
import { BASE, newThread } from './server'

/** The first load's words with the forms', error messages and all, as App has them once the forms are here. */
const withForms = (t: Words, f: FormWords): Strings => ({ ...t, ...f, errors: { ...t.errors, ...f.errors } })

/** Every word the widget shows, by language: its catalogues (widget/i18n/, and the forms' in widget/form/). */
export const words: Record<Lang, Strings> = {
  nl: withForms(nl, formNl),
  en: withForms(en, formEn),
  de: withForms(de, formDe),
  fr: withForms(fr, formFr),
}

export type ArticleOptions = {
  thread: string
  lang?: string
  title?: string
  /** Extra attributes on the <script> tag (data-lang, data-theme…). */
  attrs?: Record<string, string>
  /** Where parley.js comes from: the page's own origin by default, as on the demo. */
  widget?: string
}

/** An article page like the demo's, embedding the widget for `thread`. */
export function article({ thread, lang = 'nl', title = 'Een proefartikel', attrs = {}, widget = '' }: ArticleOptions) {
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
  <script src="${widget}/parley.js" data-site="demo" data-thread="${thread}"${extra} async></script>
</body>
</html>`
}

/** Serves `html` at `path` on the demo's origin (an allowed origin of the demo site) and opens it; resolves once the thread is shown. */
export async function openHtml(page: Page, path: string, html: string) {
  await page.route(`${BASE}${path}`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }))
  return open(page, path)
}

/** A new thread's article on the demo's origin (at the thread's own path), opened; with its main comment form. */
export async function openArticle(page: Page, name: string, options: Omit<ArticleOptions, 'thread'> = {}) {
  const thread = newThread(name)
  const path = `${thread}.html`
  await openHtml(page, path, article({ thread, ...options }))
  const form = widget(page).getByRole('form', { name: (options.lang === 'en' ? en : nl).write })
  return { thread, path, form }
}

/** Opens a page and waits until the widget has loaded its thread. */
export async function open(page: Page, path: string) {
  const loaded = page.waitForResponse((r) => r.url().startsWith(`${BASE}/api/comments?`))
  await page.goto(path)
  await loaded
  // The first render after the list arrives shows either comments or the empty notice.
  await widget(page).locator(`article, p.meta:text-is("${nl.empty}"), p.meta:text-is("${en.empty}")`).first().waitFor()
}

/** The widget's host; Playwright's locators pierce its open shadow root. */
export const widget = (page: Page) => page.locator('#parley')

/** What a reader of the widget sees and hears: its text, and the alt, aria-label and title attributes. */
export const wording = (p: Page) =>
  widget(p).evaluate((host) => {
    const root = host.shadowRoot
    if (!root) return ''
    const attrs = [...root.querySelectorAll('[alt], [aria-label], [title]')].flatMap((el) =>
      ['alt', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''),
    )
    return [root.querySelector('section')?.innerText ?? '', ...attrs].join('\n')
  })

/**
 * What a reader does first with a comment form: into its text box, whose first focus brings the rest of the form
 * (the forms chunk) with the focus kept there; resolves once the rest is shown.
 */
export async function openForm(form: Locator) {
  await form.locator('textarea').focus()
  await form.locator('[name=name]').waitFor()
}

/** Fills in a Dutch comment form as a reader does: the text first, whose focus brings the rest and a code; then posts. */
export async function write(form: Locator, fields: { name?: string; body: string; code?: string }) {
  const t = words.nl
  await openForm(form)
  await form.getByLabel(t.body, { exact: true }).fill(fields.body)
  if (fields.name !== undefined) await form.getByLabel(t.name, { exact: true }).fill(fields.name)
  // Typed once the image is there: a new image empties the field.
  const code = await codeIn(form)
  await form.getByLabel(t.codeLabel, { exact: true }).fill(fields.code ?? code)
  await form.getByRole('button', { name: t.post }).click()
}
