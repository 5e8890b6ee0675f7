// "Characters far from the site's language": how much of a comment is written in another alphabet than the site's.
// An English, Dutch, German or French site gets Latin script; a comment mostly in Cyrillic or Han there is almost always spam.
import type { Language } from '../domain'

const LATIN = /\p{Script=Latin}/u
const SCRIPT_OF: Record<Language, RegExp> = { en: LATIN, nl: LATIN, de: LATIN, fr: LATIN }

/** Below this many letters in another script a comment is a quote, a name or an emoji-like aside, not a change. */
const MIN_FOREIGN_LETTERS = 10
const MIN_FOREIGN_SHARE = 0.3

export function isForeignScript(text: string, language: Language): boolean {
  const letters = text.match(/\p{L}/gu) ?? []
  const own = SCRIPT_OF[language]
  const foreign = letters.filter((letter) => !own.test(letter)).length
  return foreign >= MIN_FOREIGN_LETTERS && foreign / letters.length >= MIN_FOREIGN_SHARE
}
