// Structured log lines for Workers Logs: one JSON object per event, so the dashboard can filter on its fields. A line
// carries ids, counts and error names, never a secret, an email address, a token or a comment's text.

/** check_failed: an outside check (Turnstile, Akismet, Workers AI) did not answer usably; the comment went on without it. */
export type LogEvent =
  | 'http_5xx'
  | 'mail_failed'
  | 'mail_lease_lost'
  | 'mail_enqueue_failed'
  | 'mail_event'
  | 'mail_event_failed'
  | 'cron_run'
  | 'check_failed'

type Field = string | number | boolean | null | undefined | string[]

// Anything shaped like an address (also inside a provider's error text), and anything shaped like a signed token.
const ADDRESS = /[^\s@<>()[\]"',;:]+@[^\s@<>()[\]"',;:]+/g
const TOKEN = /[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}/g
const MAX_DETAIL = 300

/** Error text as it may be logged: addresses and tokens replaced, one line, bounded. */
export function redact(text: string): string {
  return text.replace(ADDRESS, '<address>').replace(TOKEN, '<token>').replace(/\s+/g, ' ').slice(0, MAX_DETAIL)
}

/** The name and the redacted message of whatever was thrown. */
export function errorFields(err: unknown): { error: string; detail: string } {
  if (err instanceof Error) return { error: err.name, detail: redact(err.message) }
  return { error: typeof err, detail: redact(String(err)) }
}

export function logEvent(level: 'info' | 'error', event: LogEvent, fields: Record<string, Field>): void {
  const line = JSON.stringify({ message: `[parley] ${event}`, event, ...fields })
  if (level === 'error') console.error(line)
  else console.log(line)
}
