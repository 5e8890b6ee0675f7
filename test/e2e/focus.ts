// Where the focus is, as a keyboard or screen-reader user meets it: inside the widget's shadow root, by name.
import type { Locator, Page } from 'playwright-core'
import { words } from './pages'

const { nl } = words

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

/**
 * A comment begun with the keyboard alone, in Dutch: Tab into the comment box and type, which brings the rest of the
 * form; then Tab on to the name and type it.
 */
export async function typeComment(page: Page, form: Locator, { body, name }: { body: string; name: string }) {
  await tabTo(page, nl.body)
  await page.keyboard.type(body)
  // The reader sees the rest of the form appear below the text, then tabs on to it.
  await form.getByLabel(nl.name, { exact: true }).waitFor()
  await tabTo(page, nl.name)
  await page.keyboard.type(name)
}
