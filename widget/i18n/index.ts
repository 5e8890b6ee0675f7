// The widget's languages, an ApiError in words, and times relative to now. The words themselves are in en.ts and nl.ts.
import type { Language } from '../../worker/domain'
import type { ApiError, ErrorKind } from '../api'
import type { FormWords } from '../form/words-en'
import type { Words } from './en'

export type Lang = Language
export type { FormWords, Words }
/** Every word of the widget: the first load's and, once a reader writes, the forms'. */
export type Strings = Words & FormWords

/** The code's message in a catalogue (the widget's or the admin page's), else the server's English (a newer code). */
export const errorText = (t: { errors: Partial<Record<ErrorKind, string>> }, e: ApiError): string =>
  t.errors[e.code] ?? e.message

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
