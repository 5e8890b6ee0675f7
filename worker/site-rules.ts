// What a site's settings may hold, and what counts as its own origin. No imports, so scripts/site.mjs checks
// command-line values by the very same rules.

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

/**
 * Whether a request comes from the site's own page: its Origin is one the site lists. (The public API refuses any other
 * Origin outright, so a request that passed has either one of these or none at all: curl, a server, a mail scanner.)
 */
export const isSiteOrigin = (allowedOrigins: readonly string[], origin: string | undefined): boolean =>
  origin !== undefined && allowedOrigins.includes(origin)

/**
 * A URL Parley may post a site's comments to: https, with no user name or password in it (they would end up in the
 * admin page and the export); its length is checked against LIMITS.webhookUrl before. Plain http only to this very machine, for a local receiver in tests and the demo; the
 * Worker calls even that only under the local-only switch DEV_MAILBOX (mail/webhook-send.ts).
 */
export function isWebhookUrl(value: string): boolean {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.username || url.password) return false
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1'
  return url.protocol === 'https:' || (url.protocol === 'http:' && local)
}

/** A webhook's signing secret: 32 random bytes as hex, prefixed so an owner can tell it from their other keys. */
export const newWebhookSecret = (): string =>
  `whsec_${[...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('')}`

/**
 * Telegram's Bot API takes the chat in the body, so the owner gives it in the URL they paste:
 * `https://api.telegram.org/bot<token>/sendMessage?chat_id=<chat>`. Null when the URL names no chat.
 */
export const telegramChatId = (webhookUrl: string): string | null =>
  new URL(webhookUrl).searchParams.get('chat_id') || null
