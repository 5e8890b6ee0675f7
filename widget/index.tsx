// Entry of parley.js: lends its runtime to parley-form.js, finds its own <script> tag and starts the widget once the
// page's elements exist.
import { boot } from './boot'
import { lent } from './shared'

// This build's own key (widget/vite.config.ts): parley-form.js runs on this very Preact, and finds nothing under its key
// if it comes from another build; the forms then fail to load, with the network message, rather than run half-matched.
// A second copy of this script on the page keeps the first one's: that copy is the one that mounted the widget.
declare const __PARLEY_KEY__: string
;(globalThis as unknown as Record<symbol, unknown>)[Symbol.for(__PARLEY_KEY__)] ??= lent

// currentScript is only set while the script first runs; `async` tags may also need the lookup.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="parley.js"][data-site]')

if (script) {
  // An async script can run before the parser has reached the target or the count links.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => boot(script))
  else boot(script)
}
