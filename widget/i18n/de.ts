// Deutsch: jeder Text, den das Widget zeigt, bevor jemand schreibt, und eine Meldung je Fehlercode; die Wörter der
// Formulare kommen mit den Formularen (widget/form/words-de.ts). Die Leserin und der Leser werden gesiezt.
import type { Words } from './en'

export const de: Words = {
  lang: 'de',
  comments: 'Kommentare',
  count: (n) => `${n} Kommentar${n === 1 ? '' : 'e'}`,
  empty: 'Noch keine Kommentare',
  loading: 'Lädt…',
  retry: 'Erneut versuchen',
  more: 'Weitere Kommentare',
  newest: 'Neueste zuerst',
  prev: 'Frühere Kommentare',
  reply: 'Antworten',
  replyTo: (name) => `Antwort an ${name}`,
  inReplyTo: (name) => `als Antwort auf ${name}`,
  pending: 'wartet auf Freigabe',
  edited: 'bearbeitet',
  share: 'Teilen',
  copied: 'Link kopiert.',
  write: 'Kommentar schreiben',
  body: 'Kommentar',
  bodyHint: (max) => `Markdown möglich. Höchstens ${max} Zeichen.`,
  followOpen: 'Dieser Diskussion folgen',
  manageOpen: 'Meine E-Mails verwalten',
  feed: 'Feed dieser Diskussion',
  errors: {
    forbidden_origin: 'Kommentare für diese Website nicht aktiviert.',
    not_found: 'Nicht gefunden.',
    internal: 'Serverfehler. Bitte später erneut versuchen.',
    network: 'Server nicht erreichbar. Bitte erneut versuchen.',
  },
}
