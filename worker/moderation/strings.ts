// Every sentence about moderating one comment from a mail, in each language a site may speak (one file per language).
import type { Language } from '../domain'
import { de } from './strings-de'
import { en, type ModerationStrings } from './strings-en'
import { fr } from './strings-fr'
import { nl } from './strings-nl'

export type { ModerationStrings }

export const MODERATION_STRINGS: Record<Language, ModerationStrings> = { en, nl, de, fr }
