// The widget's code, which parley.js imports with the reader's words (widget/loader.ts): renders the thread into the
// shadow root parley.js claimed, and fills the page's comment count links.
import { h, render } from 'preact'
import type { ListResponse } from '../worker/api-types'
import { createApi } from './api'
import { App } from './components/App'
import type { Config } from './config'
import { adopt } from './dom'
import type { Words } from './i18n'
import css from './styles.css?inline'

/** What parley.js hands over: `root` is null when the page has no target (or another copy claimed it). */
export type Start = {
  config: Config
  t: Words
  root: ShadowRoot | null
  first: Promise<Response> | null
  bookmark: string
  /** The first page from the server's fragment in the target (widget/loader.ts); `fresh`: no need to ask again. */
  page: ListResponse | null
  fresh: boolean
}

export function start({ config, t, root, first, bookmark, page, fresh }: Start) {
  const api = createApi(config.api, config.where.site, bookmark, first)
  if (root) {
    adopt(root, css)
    render(<App base={{ t, api, config, first: page, fresh }} />, root)
  }
  // Count links can be anywhere on the page: looked for once it is parsed. Their code comes only to a page with some.
  const counts = () =>
    document.querySelector('a[data-parley-count]') && import('./counts').then((m) => m.fillCounts(api, t))
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', counts)
  else void counts()
}
