// Fills every <a data-parley-count="/thread-key"> on the page with its comment count, from one request.
import type { Api } from './api'
import type { Strings } from './i18n'

export async function fillCounts(api: Api, t: Strings) {
  const links = [...document.querySelectorAll<HTMLElement>('a[data-parley-count]')]
  const keys = [...new Set(links.map((a) => a.dataset.parleyCount ?? ''))].filter(Boolean)
  if (!keys.length) return
  try {
    const { counts } = await api.counts(keys)
    for (const a of links) a.textContent = t.count(counts[a.dataset.parleyCount ?? ''] ?? 0)
  } catch (err) {
    // The links keep the page's own text; a listing page should not show an error for a count.
    console.warn('[parley] could not load comment counts', err)
  }
}
