// What a site's settings may hold. No imports, so scripts/site.mjs checks command-line values by the very same rules.

export const MAX_ORIGINS = 20

/** Letters, digits, - and _: safe in a data-site attribute, a URL query and a log line alike. */
export const isSiteId = (value: string): boolean => /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/.test(value)

/** Exactly an http(s) origin as browsers send it in the Origin header: scheme, host, optional port; no path, no slash. */
export function isOrigin(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value
}
