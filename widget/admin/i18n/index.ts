// Picks the admin page's language from the browser (Dutch for Dutch readers, English for everyone else), and says what
// went wrong in it.
import type { Language } from '../../../worker/domain'
import type { ApiError } from '../../api'
import { errorText } from '../../i18n'
import { en, type AdminStrings as PageStrings } from './en'
import { nl } from './nl'
import { webhook, type WebhookStrings } from './webhook'

export type AdminStrings = PageStrings & { webhook: WebhookStrings }

export const adminLang = (): Language => (/^nl/i.test(navigator.language) ? 'nl' : 'en')

const WORDS: Record<Language, AdminStrings> = { en: { ...en, webhook: webhook.en }, nl: { ...nl, webhook: webhook.nl } }

export const adminStrings = (lang: Language): AdminStrings => WORDS[lang]

type Fields = Record<string, string | undefined>

/**
 * A refused field's own message, else the code's (else the server's words, for a code newer than this page). A 403
 * `unauthorized` is a signed-in admin asking for what only the owner may do, not an ended session.
 */
export const adminError = (t: AdminStrings, e: ApiError): string =>
  (e.code === 'validation_failed' && e.field && ({ ...t.fields, ...t.webhook.fields } as Fields)[e.field]) ||
  (e.code === 'unauthorized' && e.status === 403 && t.ownerOnly) ||
  errorText(t, e)
