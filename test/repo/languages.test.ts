// Every language a site may speak has every word, in every dictionary: the widget's, the forms', the admin page's, the
// mails', the moderation pages' and the importer's. The types refuse a missing key where a dictionary is typed; this
// walks each one at run time too (nested tables, functions), as the .mjs importer and a cast would slip past them.
import { describe, expect, it } from 'vitest'
import { ANONYMOUS } from '../../scripts/import/rows.mjs'
import { checks } from '../../widget/admin/i18n/checks'
import { webhook } from '../../widget/admin/i18n/webhook'
import { de as adminDe } from '../../widget/admin/i18n/de'
import { en as adminEn } from '../../widget/admin/i18n/en'
import { fr as adminFr } from '../../widget/admin/i18n/fr'
import { nl as adminNl } from '../../widget/admin/i18n/nl'
import { formDe } from '../../widget/form/words-de'
import { formEn } from '../../widget/form/words-en'
import { formFr } from '../../widget/form/words-fr'
import { formNl } from '../../widget/form/words-nl'
import { de } from '../../widget/i18n/de'
import { en } from '../../widget/i18n/en'
import { fr } from '../../widget/i18n/fr'
import { nl } from '../../widget/i18n/nl'
import { LANGUAGES, type Language } from '../../worker/domain'
import { DIGEST_STRINGS } from '../../worker/mail/digest-strings'
import { ME_STRINGS } from '../../worker/mail/reader-strings'
import { STRINGS } from '../../worker/mail/strings'
import { MODERATION_STRINGS } from '../../worker/moderation/strings'

const DICTIONARIES: Record<string, Record<Language, unknown>> = {
  'widget/i18n': { en, nl, de, fr },
  'widget/form/words-*': { en: formEn, nl: formNl, de: formDe, fr: formFr },
  'widget/admin/i18n': { en: adminEn, nl: adminNl, de: adminDe, fr: adminFr },
  'widget/admin/i18n/checks': checks,
  'widget/admin/i18n/webhook': webhook,
  'worker/mail/strings': STRINGS,
  'worker/mail/digest-strings': DIGEST_STRINGS,
  'worker/mail/reader-strings': ME_STRINGS,
  'worker/moderation/strings': MODERATION_STRINGS,
  'scripts/import/rows.mjs ANONYMOUS': ANONYMOUS,
}

/** Each word's path and kind ("a.b: string", "c: function/2"): two dictionaries of one shape give the same list. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: function/${value.length}`]
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => shape(inner, path ? `${path}.${key}` : key))
  return [`${path}: ${typeof value}`]
}

/** Every sentence of a dictionary: its strings, and what its functions make of "7" for each argument they take. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') {
    try {
      return strings(value(...Array.from({ length: value.length }, () => '7')))
    } catch {
      // A list or a number that "7" cannot stand in for (viaAccess's sites): its words are plain strings above.
      return []
    }
  }
  return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []
}

describe.each(Object.entries(DICTIONARIES))('%s', (_, byLanguage) => {
  it('has a dictionary for every language a site may speak, and no other', () => {
    expect(Object.keys(byLanguage).sort()).toEqual([...LANGUAGES].sort())
  })

  it.each(LANGUAGES.filter((l) => l !== 'en'))('has in %s every word English has, of the same kind', (language) => {
    expect(shape(byLanguage[language]).sort()).toEqual(shape(byLanguage.en).sort())
  })

  it.each([...LANGUAGES])('leaves no word empty in %s', (language) => {
    expect(strings(byLanguage[language]).filter((s) => !s.trim())).toEqual([])
  })

  it('keeps French typography: a non-breaking space, never a plain one, before : ; ? ! and inside « »', () => {
    expect(strings(byLanguage.fr).filter((s) => / [:;?!»]|« /.test(s))).toEqual([])
  })
})

describe('widget/i18n', () => {
  it.each([
    [en, 'en'],
    [nl, 'nl'],
    [de, 'de'],
    [fr, 'fr'],
  ])('names its own language', (words, language) => {
    expect(words.lang).toBe(language)
  })

  it('counts in each language as its readers do (French: 0 and 1 singular; German: Kommentar, Kommentare)', () => {
    expect([0, 1, 2].map(en.count)).toEqual(['0 comments', '1 comment', '2 comments'])
    expect([0, 1, 2].map(nl.count)).toEqual(['0 reacties', '1 reactie', '2 reacties'])
    expect([0, 1, 2].map(de.count)).toEqual(['0 Kommentare', '1 Kommentar', '2 Kommentare'])
    expect([0, 1, 2].map(fr.count)).toEqual(['0 commentaire', '1 commentaire', '2 commentaires'])
  })
})
