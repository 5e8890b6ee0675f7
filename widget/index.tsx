// Entry of parley.js: finds its own <script> tag and starts the widget once the page's elements exist.
import { boot } from './boot'

// currentScript is only set while the script first runs; `async` tags may also need the lookup.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="parley.js"][data-site]')

if (script) {
  // An async script can run before the parser has reached the target or the count links.
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => boot(script))
  else boot(script)
}
