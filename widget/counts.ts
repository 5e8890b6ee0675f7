// Fills every <a data-parley-count="/thread-key"> on the page with its comment count, from one request. A chunk of its
// own, imported only by a page that has such links (widget/app.tsx).
import type { CountsResponse } from '../worker/api-types'
import type { Api } from './api'
import type { Words } from './i18n'

export async function fillCounts(api: Api, t: Words) {
  const links = [...document.querySelectorAll<HTMLElement>('a[data-parley-count]')]
  const keys = [...new Set(links.map((a) => a.dataset.parleyCount ?? ''))].filter(Boolean)
  if (!keys.length) return
  try {
    const query = api.query({ thread: keys })
    const { counts } = await api.call<CountsResponse>(`/api/counts?${query}`)
    for (const a of links) a.textContent = t.count(counts[a.dataset.parleyCount ?? ''] ?? 0)
  } catch (err) {
    // The links keep the page's own text; a listing page should not show an error for a count.
    console.warn('[parley] could not load comment counts', err)
  }
}
