// Small DOM helpers for a widget that lives in a shadow root.

/** Runs after Preact has rendered the pending state change (its renders are queued as microtasks). */
export const later = (fn: () => void) => setTimeout(fn, 0)

/** getElementById in the shadow root (or document) that holds `from`. */
export const byId = (from: Node | null | undefined, id: string) =>
  (from?.getRootNode() as Document | ShadowRoot | undefined)?.getElementById(id) ?? null

export const commentId = (id: number) => `parley-c${id}`

/**
 * Adds `css` to the shadow root that holds `from`, as a constructed stylesheet: a page's Content-Security-Policy has no
 * say over those, as it has over a <style> element without 'unsafe-inline'.
 */
export function adopt(from: Node | null | undefined, css: string) {
  const root = from?.getRootNode() as ShadowRoot
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(css)
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
}

/** The page's address with `#parley-c<id>`: what Share hands out. */
export const permalink = (id: number) => `${location.href.split('#')[0]}#${commentId(id)}`
