// Starts the widget for one <script> tag: config, the shadow root with styles and App, and the count links.
import { render } from 'preact'
import { createApi } from './api'
import { App } from './components/App'
import { readConfig } from './config'
import { fillCounts } from './counts'
import { strings } from './i18n'
import { formLoader } from './lazy'
import css from './styles.css?inline'

export function boot(script: HTMLScriptElement) {
  const config = readConfig(script)
  if (!config) {
    console.warn('[parley] the <script> tag needs a data-site attribute')
    return
  }
  const base = {
    t: strings(config.lang),
    api: createApi(config.api, config.where.site),
    config,
    loadForms: formLoader(config.forms),
  }
  const host = document.getElementById(config.target)
  // A second copy of the script must not mount twice (attachShadow would throw).
  if (host && !host.shadowRoot) {
    host.setAttribute('data-parley-theme', config.theme)
    render(
      <>
        <style>{css}</style>
        <App base={base} />
      </>,
      host.attachShadow({ mode: 'open' }),
    )
  }
  void fillCounts(base.api, base.t)
}
