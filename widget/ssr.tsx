// The widget's own components rendered to HTML on the server (worker/pages/fragment.ts imports this, built into
// widget/dist-ssr): one set of components, so the fragment a page shows is the markup the widget takes over in place.
import { h } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { ListResponse } from '../worker/api-types'
import type { Api } from './api'
import { App } from './components/App'
import type { Where } from './config'
import { en } from './i18n/en'
import type { Lang } from './i18n'
import { nl } from './i18n/nl'
import css from './styles.css?inline'

/** The class of the fragment's root, under which its styles apply: the light-DOM stand-in for the shadow host. */
export const ROOT_CLASS = 'parley-ssr'

// The shadow root's styles, nested under the root class (CSS nesting: every browser since 2023; an older one shows the
// thread unstyled). @keyframes may not be nested, so they stay at the top. Without the widget's code the buttons and
// forms can do nothing: hidden, yet keeping their place, so the widget's takeover moves nothing.
const KEYFRAMES = /@keyframes[^{]+\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g
const scoped =
  (css.match(KEYFRAMES) ?? []).join('') +
  `.${ROOT_CLASS}{${css
    .replace(KEYFRAMES, '')
    .replace(/:host\(([^)]*)\)/g, '&$1')
    .replaceAll(':host', '&')}form,button{visibility:hidden}}`

export type View = { lang: Lang; where: Where; api: string }

/** The thread's first page as the widget draws it, and the styles that make it look the same without the widget. */
export function renderThread(page: ListResponse, { lang, where, api }: View): { html: string; css: string } {
  const config = { where, target: 'parley', lang, theme: 'auto' as const, api }
  // Rendering calls no API: the stand-in is never used.
  const base = { t: lang === 'nl' ? nl : en, api: {} as Api, config, first: page }
  return { html: renderToString(<App base={base} />), css: scoped }
}
