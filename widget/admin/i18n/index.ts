// Picks the admin page's language from the browser (Dutch, German or French for their readers, English for everyone
// else), and says what went wrong in it.
import type { Language } from '../../../worker/domain'
import type { ApiError } from '../../api'
import { spokenLanguage } from '../../config'
import { errorText } from '../../i18n'
import { de } from './de'
import { en, type AdminStrings } from './en'
import { fr } from './fr'
import { nl } from './nl'

export type { AdminStrings }

const STRINGS: Record<Language, AdminStrings> = { en, nl, de, fr }

export const adminLang = (): Language => spokenLanguage(navigator.language)

export const adminStrings = (lang: Language): AdminStrings => STRINGS[lang]

/**
 * A refused field's own message, else the code's (else the server's words, for a code newer than this page). A 403
 * `unauthorized` is a signed-in admin asking for what only the owner may do, not an ended session.
 */
export const adminError = (t: AdminStrings, e: ApiError): string =>
  (e.code === 'validation_failed' && e.field && (t.fields as Record<string, string | undefined>)[e.field]) ||
  (e.code === 'unauthorized' && e.status === 403 && t.ownerOnly) ||
  errorText(t, e)
