// Cloudflare Turnstile's widget, for a site whose gate includes it: its script comes from Cloudflare only then (once per
// page, never for a site with the code alone), and the check is drawn afresh for every new challenge token, as each of
// its tokens is good for one use. Its words live here, in the forms' chunk, not in the first load.
import { h } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
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

export const TURNSTILE_WAIT: Record<Language, string> = {
  en: 'Wait until the check below says you may send.',
  nl: 'Wacht tot de controle hieronder zegt dat je kunt versturen.',
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

/** `round`: the challenge token the check goes with; a new one draws a new check. */
type Props = { siteKey: string; lang: Language; round: string; onToken: (token: string) => void }

export function Turnstile({ siteKey, lang, round, onToken }: Props) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let widgetId: string | null = null
    let gone = false
    const lost = () => onToken('')
    loadTurnstile().then((api) => {
      if (gone || !box.current) return
      const options = { sitekey: siteKey, language: lang, callback: onToken, 'expired-callback': lost }
      widgetId = api.render(box.current, { ...options, 'error-callback': lost })
    }, lost)
    return () => {
      gone = true
      if (widgetId !== null) window.turnstile?.remove(widgetId)
    }
  }, [siteKey, round])
  return <div ref={box} class="f" />
}
