// Every sentence of the reader's own page, of the mail that brings its link and of the page that asks for one, in each
// language a site may speak (one file per language); values are plain text, escaped where used.
import type { Language } from '../domain'
import { de } from './reader-strings-de'
import { en, type MeStrings } from './reader-strings-en'
import { fr } from './reader-strings-fr'
import { nl } from './reader-strings-nl'

export { ME_DONE, type MeDone, type MeStrings } from './reader-strings-en'

export const ME_STRINGS: Record<Language, MeStrings> = { en, nl, de, fr }
