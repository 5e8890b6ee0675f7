// parley.js, the one file a page names (a classic <script async>): finds its own tag and hands it to the loader, with
// the widget's chunks to import: its code and the reader's language, content-hashed files beside parley.js.
import type { Lang, Words } from './i18n'
import { load } from './loader'

// The build rewrites the import()s below against this tag's src (widget/vite.config.ts): a classic script from another
// origin resolves a relative import() against about:blank. currentScript is set while the script runs; the lookup is
// for a tag inside a shadow root.
const script =
  (document.currentScript as HTMLScriptElement | null) ??
  document.querySelector<HTMLScriptElement>('script[src*="parley.js"][data-site]')

if (script)
  load(script, {
    app: () => import('./app').then((m) => m.start),
    // Each language's chunk exports its words under the language's code: one lookup after the import serves them all.
    words: (lang) =>
      (lang === 'nl'
        ? import('./i18n/nl')
        : lang === 'de'
          ? import('./i18n/de')
          : lang === 'fr'
            ? import('./i18n/fr')
            : import('./i18n/en')
      ).then((m) => (m as Record<Lang, Words>)[lang]),
  })
