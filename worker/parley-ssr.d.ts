// The widget's server renderer (widget/ssr.tsx), built into widget/dist-ssr and named `parley-ssr` by wrangler.toml's
// [alias] (and by test/worker/vitest.config.ts, from source): its types, as the Worker's tsconfig cannot read the widget's.
declare module 'parley-ssr' {
  import type { ListResponse } from './api-types'
  import type { Language } from './domain'

  export type View = {
    lang: Language
    where: { site: string; thread: string; threadTitle: string; threadUrl: string }
    api: string
  }
  export function renderThread(page: ListResponse, view: View): { html: string; css: string }
}
