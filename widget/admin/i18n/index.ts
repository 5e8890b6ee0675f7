// Picks the admin page's language from the browser: Dutch for Dutch readers, English for everyone else.
import { en, type AdminStrings } from './en'
import { nl } from './nl'

export type { AdminStrings }

export type AdminLang = 'en' | 'nl'

export const adminLang = (): AdminLang => (/^nl/i.test(navigator.language) ? 'nl' : 'en')

export const adminStrings = (lang: AdminLang): AdminStrings => (lang === 'nl' ? nl : en)
