// The widget's own components rendered to HTML on the server (worker/pages/fragment.ts imports this, built into
// widget/dist-ssr): one set of components, so the fragment a page shows is the markup the widget takes over in place.
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { ListResponse } from '../worker/api-types'
import type { Api } from './api'
import { App } from './components/App'
import type { Where } from './config'
import type { Lang, Words } from './i18n'
import { de } from './i18n/de'
import { en } from './i18n/en'
import { fr } from './i18n/fr'
import { nl } from './i18n/nl'
import css from './styles.css?inline'

// The shadow root's own styles, as the fragment is a declarative shadow root of the target (worker/pages/fragment.ts):
// the page's CSS stays out as it does for the widget. Without the widget's code the buttons and forms can do nothing:
// hidden, yet keeping their place, until the widget claims the target (its mark: widget/loader.ts) and they work.
const styles = `${css}:host(:not([data-parley-theme])) :is(form,button){visibility:hidden}`

export type View = { lang: Lang; where: Where; api: string }

const WORDS: Record<Lang, Words> = { en, nl, de, fr }

/** The thread's first page as the widget draws it, and the styles that make it look the same without the widget. */
export function renderThread(page: ListResponse, { lang, where, api }: View): { html: string; css: string } {
  const config = { where, target: 'parley', lang, theme: 'auto' as const, api }
  // Rendering calls no API: the stand-in is never used.
  const base = { t: WORDS[lang], api: {} as Api, config, first: page, fresh: true }
  return { html: renderToString(<App base={base} />), css: styles }
}
