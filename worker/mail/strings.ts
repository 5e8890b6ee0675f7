// Every sentence of Parley's mails and follow pages, in each language a site may speak (one file per language).
import type { Language } from '../domain'
import { de } from './strings-de'
import { en, type Strings } from './strings-en'
import { fr } from './strings-fr'
import { nl } from './strings-nl'

export type { Strings }

export const STRINGS: Record<Language, Strings> = { en, nl, de, fr }
