// The page around the widget in the tests: the embed as a site owner writes it, booted by parley.js's own loader with
// its chunks imported from source; the forms chunk watched; and a reader's hands (typing, clicks, waiting).
import { render } from 'preact'
import { vi } from 'vitest'
import type { Lang, Words } from '../../widget/i18n'
import { type Chunks, load } from '../../widget/loader'
import { API } from './api-stub'

const LANGUAGE_CHUNKS: Record<Lang, () => Promise<unknown>> = {
  en: () => import('../../widget/i18n/en'),
  nl: () => import('../../widget/i18n/nl'),
  de: () => import('../../widget/i18n/de'),
  fr: () => import('../../widget/i18n/fr'),
}

/** The chunks parley.js imports (widget/index.ts), here from source. */
export const sourceChunks: Chunks = {
  app: () => import('../../widget/app').then((m) => m.start),
  words: (lang) => LANGUAGE_CHUNKS[lang]().then((m) => (m as Record<Lang, Words>)[lang]),
}

/** How often the forms chunk was imported; `fail` makes the next imports fail as a lost connection does. */
export const formChunk = { loads: 0, fail: false }

// Each test starts with the widget's modules fresh, so that a chunk imported by an earlier test is not here yet.
function freshModules() {
  vi.resetModules()
  Object.assign(formChunk, { loads: 0, fail: false })
  vi.doMock('../../widget/form', async (importOriginal) => {
    formChunk.loads += 1
    if (formChunk.fail) throw new TypeError('Failed to fetch dynamically imported module')
    return importOriginal()
  })
}
freshModules()

/** Builds the page the way a site owner would (target div + script tag) and lets parley.js's loader boot the widget. */
export function mount({ lang = 'en', attrs = {} as Record<string, string>, body = '<div id="parley"></div>' } = {}) {
  document.documentElement.lang = lang
  document.body.innerHTML = body
  const script = document.createElement('script')
  script.src = `${API}/parley.js`
  script.dataset.site = 'demo'
  script.dataset.thread = '/post'
  for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v)
  document.body.append(script)
  load(script, sourceChunks)
  const host = document.getElementById('parley')
  const root = host?.shadowRoot ?? null
  const $ = <T extends Element = HTMLElement>(sel: string) => root?.querySelector<T>(sel) ?? null
  const $$ = <T extends Element = HTMLElement>(sel: string) => [...(root?.querySelectorAll<T>(sel) ?? [])]
  return { script, host, root, $, $$, text: () => root?.textContent ?? '' }
}

/** Retries `check` until it stops throwing (the widget renders asynchronously), for at most `ms`. */
export async function until<T>(check: () => T, ms = 2000): Promise<NonNullable<T>> {
  const end = Date.now() + ms
  for (;;) {
    try {
      const out = check()
      if (out === false || out === null || out === undefined) throw new Error('not yet')
      return out as NonNullable<T>
    } catch (err) {
      if (Date.now() > end) throw err
      await new Promise((r) => setTimeout(r, 5))
    }
  }
}

/** What a reader does first: focus the form's text box, which brings the rest of the form; resolves to the form. */
export async function openForm(find: () => HTMLFormElement | null): Promise<HTMLFormElement> {
  find()?.querySelector('textarea')?.focus()
  return until(() => {
    const form = find()
    return form?.elements.namedItem('name') ? form : null
  })
}

export const settle = () => new Promise((r) => setTimeout(r, 20))

export function type(el: Element | null, value: string) {
  const input = el as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

export function submit(form: Element | null) {
  form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
}

export function click(el: Element | null) {
  if (!el) throw new Error('nothing to click')
  ;(el as HTMLElement).click()
}

/** The button in `scope` whose text is `text`. */
export const button = (scope: Element | ShadowRoot | null | undefined, text: string) =>
  [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text) ?? null

/** Keeps an edit token for comment `id`, as posting it from this browser did. */
export function rememberOwn(id: number, editableUntil = new Date(Date.now() + 10 * 60_000).toISOString()) {
  const own = [{ id, editToken: `edit-${id}`, editableUntil, body: 'Mooie *route*' }]
  localStorage.setItem('parley-own', JSON.stringify(own))
}

export async function reset() {
  // What the test set going (an import, a request) ends first, against the test's own stubs; then the widget goes, so
  // that none of it keeps timers or requests running into the next test.
  await settle()
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) render(null, el.shadowRoot)
  vi.unstubAllGlobals()
  localStorage.clear()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  history.replaceState(null, '', '/post')
  freshModules()
}
