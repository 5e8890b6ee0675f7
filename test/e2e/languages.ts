// The languages as the browser tests meet them: each one's page, and what its readers expect to read, written out here
// apart from the widget's catalogues; and the texts of a thread with everything open.
import type { Strings } from '../../widget/i18n'
import { LIMITS } from '../../worker/limits'
import { type ArticleOptions, words } from './pages'

export type Reader = { name: string; code: string; s: Strings; page: Omit<ArticleOptions, 'thread'>; words: string[] }

const { nl, en, de, fr } = words

export const DUTCH: Reader = {
  name: 'Dutch',
  code: 'nl',
  s: nl,
  page: { lang: 'nl' },
  words: ['2 reacties', 'Reageer', 'Delen', 'Schrijf een reactie', 'Naam', 'Plaats reactie', 'Volg deze discussie'],
}
export const ENGLISH: Reader = {
  name: 'English',
  code: 'en',
  s: en,
  page: { lang: 'en', title: 'A test article' },
  words: ['2 comments', 'Reply', 'Share', 'Write a comment', 'Name', 'Post comment', 'Follow this discussion'],
}
/** By the page's own <html lang>. */
export const GERMAN: Reader = {
  name: 'German',
  code: 'de',
  s: de,
  page: { lang: 'de', title: 'Ein Testartikel' },
  words: ['2 Kommentare', 'Antworten', 'Teilen', 'Kommentar schreiben', 'Kommentar senden', 'Dieser Diskussion folgen'],
}
/** By the tag's data-lang, on a page that says it is Dutch. */
export const FRENCH: Reader = {
  name: 'French',
  code: 'fr',
  s: fr,
  page: { lang: 'nl', title: 'Un article de test', attrs: { 'data-lang': 'fr' } },
  words: ['2 commentaires', 'Répondre', 'Partager', 'Écrire un commentaire', 'Nom', 'Publier le commentaire'],
}
export const READERS = [DUTCH, ENGLISH, GERMAN, FRENCH]

/** The texts of a thread with a reply, its reply form open, the code shown and the follow form open. */
export const shown = (s: Strings) => [
  s.count(2),
  s.reply,
  s.share,
  s.replyTo('Anna'),
  s.write,
  s.name,
  s.email,
  s.emailHint,
  s.website,
  s.body,
  s.bodyHint(LIMITS.body),
  s.follow,
  s.honeypot,
  s.codeAlt,
  s.codeNew,
  s.codeLabel,
  s.post,
  s.cancel,
  s.followOpen,
  s.followEmail,
  s.followSubmit,
]
