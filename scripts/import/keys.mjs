// Thread keys for imported threads, exactly as the widget makes them (widget/config.ts: the path of the canonical URL,
// else of the page's own), and the owner's rewrites of them (--map OLD=NEW, --trailing-slash).
import { LIMITS } from '../../worker/limits.ts'

/**
 * The key the widget gives the page at `link`: the URL's path as a browser parses it, so scheme, host (www. or not),
 * query and #fragment never split one page into two threads. A path alone (Isso stores those) counts as a link.
 * Null when there is no usable link.
 */
export function keyOf(link) {
  const text = (link ?? '').trim()
  if (!text) return null
  try {
    const url = new URL(text, 'http://path.invalid')
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    if (url.host === 'path.invalid' && !text.startsWith('/')) return null
    return url.pathname
  } catch {
    return null
  }
}

/** `--map OLD=NEW` values as prefix rewrites; each side a path, so a typo is caught before anything is read. */
export function parseMaps(values = []) {
  return values.map((value) => {
    const at = value.indexOf('=')
    const from = value.slice(0, at)
    const to = value.slice(at + 1)
    if (at < 0 || !from.startsWith('/') || !to.startsWith('/')) {
      throw new Error(`--map ${value}: give OLD=NEW, two paths that start with "/", e.g. --map /blog/=/posts/`)
    }
    return { from, to }
  })
}

export const TRAILING_SLASH = ['keep', 'add', 'remove']

/**
 * The key after the owner's rewrites: the first --map whose OLD begins the key replaces that prefix, then the
 * trailing slash is added or removed (a site served at /post/ whose export says /post). The root stays "/".
 */
export function mapKey(key, { maps = [], trailingSlash = 'keep' } = {}) {
  const map = maps.find(({ from }) => key.startsWith(from))
  let mapped = map ? map.to + key.slice(map.from.length) : key
  if (trailingSlash === 'add' && !mapped.endsWith('/')) mapped += '/'
  if (trailingSlash === 'remove' && mapped.length > 1) mapped = mapped.replace(/\/+$/, '') || '/'
  return mapped.length <= LIMITS.thread ? mapped : null
}
