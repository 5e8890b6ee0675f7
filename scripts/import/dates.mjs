// Dates from exports, always as UTC epoch milliseconds taken from the source's own field.

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i

/**
 * An ISO 8601 date-time (Disqus, Remark42) or WordPress's "YYYY-MM-DD HH:MM:SS" GMT field. A time without a zone is
 * read as UTC: those fields are UTC by definition, and the machine's own zone must never shift them.
 */
export function utcMillis(text, where) {
  const value = text.trim()
  if (!ISO.test(value)) throw new Error(`${where}: "${value.slice(0, 40)}" is not a date`)
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`
  // Nanoseconds (Remark42 writes them) are more than Date reads: keep the milliseconds.
  const ms = Date.parse(zoned.replace(' ', 'T').replace(/(\.\d{3})\d+/, '$1'))
  if (Number.isNaN(ms)) throw new Error(`${where}: "${value}" is not a date`)
  return ms
}

/** Unix seconds (Isso's `created`, a float) as milliseconds. */
export function secondsToMillis(seconds, where) {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) throw new Error(`${where}: the time is not a number`)
  return Math.round(seconds * 1000)
}
