// The forms' words: parley.js's words for the reader's language with parley-form.js's own on top, error codes included.
import type { Lang, Strings } from '../../i18n'
import { en } from './en'
import { nl } from './nl'

export function formStrings(t: Strings, lang: Lang) {
  const own = lang === 'nl' ? nl : en
  return { ...t, ...own, errors: { ...t.errors, ...own.errors } }
}

export type Words = ReturnType<typeof formStrings>
