// What parley.js does before the widget's code is here: reads the tag's configuration, claims the target with a shadow
// root and asks for the thread at once, so that the answer and the chunks arrive together rather than one after the
// other. It shares no module with the chunks, or parley.js would stop being one classic script (vite-loader.ts checks).
import type { ListResponse } from '../worker/api-types'
import type { Start } from './app'
import { readConfig } from './config'
import type { Lang, Words } from './i18n'

/** How to import the widget's chunks: from parley.js's own origin in the build (widget/index.ts), from source in tests. */
export type Chunks = {
  app: () => Promise<(boot: Start) => void>
  words: (lang: Lang) => Promise<Words>
}

/** What widget/store.ts keeps under `key` (the D1 bookmark, the reader's order), read before its code is here. */
function stored(key: string): string {
  try {
    return (JSON.parse(localStorage.getItem(key) ?? '""') as string | null) ?? ''
  } catch {
    // Storage can be blocked (private windows, sandboxed frames).
    return ''
  }
}

export function load(script: HTMLScriptElement, chunks: Chunks): void {
  const config = readConfig(script)
  if (!config) return console.warn('[parley] the <script> tag needs a data-site attribute')
  // Until the parser has passed the target, it may not have read the canonical link or the title either; a page
  // without a target (comment counts only) is read whole.
  if (document.readyState === 'loading' && !document.getElementById(config.target))
    return void document.addEventListener('DOMContentLoaded', () => load(script, chunks))

  const host = document.getElementById(config.target)
  // The claim: a second copy of this script finds the mark, and leaves the thread to the first copy. A shadow root that
  // is here already is the server's fragment (GET /embed, worker/pages/fragment.ts), declared in the page's HTML: the
  // widget draws the same markup over it, so nothing flashes or moves.
  const root =
    host && !host.hasAttribute('data-parley-theme') ? (host.shadowRoot ?? host.attachShadow({ mode: 'open' })) : null
  root?.host.setAttribute('data-parley-theme', config.theme)
  const bookmark = stored('parley-bookmark')
  const { site, thread } = config.where
  // A reader who reads newest first, or comes by a comment's permalink (which may be on a later page), gets that page.
  const ask = {
    site,
    thread,
    order: stored('parley-order'),
    at: location.hash.split('#parley-c')[1] ?? '',
  }
  const given = root?.host.querySelector<HTMLElement>('.parley-first')
  const page = given ? (JSON.parse(given.textContent!) as ListResponse) : null
  // A fragment made in the last minute (at the edge) is the thread as the API would give it, unless this reader wrote
  // since (a bookmark) or came for another page; an older one (from a site's build) is shown at once and brought up to
  // date. (A reader who reads newest first gets it from the widget: widget/components/App.tsx.)
  const fresh = !!page && !bookmark && !ask.at && Date.now() - Number(given!.dataset.at) < 6e4
  // The same request as the widget's own for the first page (widget/api.ts), sent before its code is here.
  const first =
    root && !fresh
      ? fetch(
          `${config.api}/api/comments?${new URLSearchParams(ask)}`,
          bookmark ? { headers: { 'x-parley-bookmark': bookmark } } : {},
        )
      : null
  // The widget reads it later; until then, a failure must not show as an unhandled rejection.
  first?.catch(() => undefined)
  void Promise.all([chunks.app(), chunks.words(config.lang)]).then(([start, t]) =>
    start({ config, t, root, first, bookmark, page, fresh }),
  )
}
