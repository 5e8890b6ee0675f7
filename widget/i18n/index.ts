// Picks the language, turns an ApiError into words, and formats times relative to now.
import type { ApiError } from '../api'
import { en, type Strings } from './en'
import { nl } from './nl'

export type Lang = 'en' | 'nl'
export type { Strings }

export const strings = (lang: Lang): Strings => (lang === 'nl' ? nl : en)

/** The code's message, else the server's English. */
export const errorText = (t: Strings, e: ApiError): string =>
  (t.errors as Record<string, string | undefined>)[e.code] ?? e.message

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536e6],
  ['month', 2592e6],
  ['week', 6048e5],
  ['day', 864e5],
  ['hour', 36e5],
  ['minute', 6e4],
]

/** "5 minutes ago" / "5 minuten geleden"; under a minute reads "now" / "nu". */
export function ago(iso: string, lang: Lang, now = Date.now()): string {
  const ms = Date.parse(iso) - now
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })
  for (const [unit, size] of UNITS) {
    if (Math.abs(ms) >= size) return rtf.format(Math.round(ms / size), unit)
  }
  return rtf.format(0, 'second')
}

export const exact = (iso: string, lang: Lang) =>
  new Date(iso).toLocaleString(lang, { dateStyle: 'long', timeStyle: 'short' })
