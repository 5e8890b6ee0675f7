// Cloudflare Turnstile's widget, for a site whose gate includes it: this chunk (Challenge.tsx imports it then) and the
// script from Cloudflare load only then, once per page, never for a site with the code alone. Plain DOM, no Preact:
// so the chunk stands alone and the first load is split no differently.
import type { Language } from '../../worker/domain'

const SCRIPT = 'https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit'

type TurnstileApi = {
  render: (el: HTMLElement, options: Record<string, unknown>) => string
  remove: (widgetId: string) => void
}

declare global {
  interface Window {
    turnstile?: TurnstileApi
  }
}

let loading: Promise<TurnstileApi> | null = null

function loadTurnstile(): Promise<TurnstileApi> {
  if (window.turnstile) return Promise.resolve(window.turnstile)
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script')
    script.src = SCRIPT
    script.async = true
    // A blocked script (an ad blocker, a strict CSP) may load on a later try.
    const fail = () => {
      loading = null
      reject(new Error('turnstile did not load'))
    }
    script.onload = () => (window.turnstile ? resolve(window.turnstile) : fail())
    script.onerror = fail
    document.head.append(script)
  })
  return loading
}

export type TurnstileOptions = { siteKey: string; lang: Language; onToken: (token: string) => void }

/** Draws a check in `box`; what it gives (or '' once it expires or fails) goes to onToken. Returns its removal. */
export function mountTurnstile(box: HTMLElement, { siteKey, lang, onToken }: TurnstileOptions): () => void {
  let widgetId: string | null = null
  let gone = false
  const lost = () => onToken('')
  loadTurnstile().then((api) => {
    if (gone) return
    const options = { sitekey: siteKey, language: lang, callback: onToken, 'expired-callback': lost }
    widgetId = api.render(box, { ...options, 'error-callback': lost })
  }, lost)
  return () => {
    gone = true
    if (widgetId !== null) window.turnstile?.remove(widgetId)
  }
}
