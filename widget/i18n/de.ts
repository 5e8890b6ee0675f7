// Deutsch: jeder Text, den das Widget zeigt, bevor jemand schreibt, und eine Meldung je Fehlercode; die Wörter der
// Formulare kommen mit den Formularen (widget/form/words-de.ts). Die Leserin und der Leser werden gesiezt.
import type { Words } from './en'

export const de: Words = {
  lang: 'de',
  comments: 'Kommentare',
  count: (n) => `${n} Kommentar${n === 1 ? '' : 'e'}`,
  empty: 'Noch keine Kommentare',
  loading: 'Wird geladen…',
  retry: 'Erneut versuchen',
  more: 'Weitere Kommentare',
  reply: 'Antworten',
  replyTo: (name) => `Antwort an ${name}`,
  inReplyTo: (name) => `als Antwort auf ${name}`,
  pending: 'wartet auf Freigabe',
  edited: 'bearbeitet',
  share: 'Teilen',
  copied: 'Link kopiert.',
  write: 'Kommentar schreiben',
  body: 'Kommentar',
  bodyHint: (max) => `Markdown wird unterstützt. Höchstens ${max} Zeichen.`,
  followOpen: 'Dieser Diskussion folgen',
  manageOpen: 'Meine E-Mails verwalten',
  feed: 'Feed dieser Diskussion',
  errors: {
    bad_request: 'Ungültige Anfrage. Bitte laden Sie die Seite neu.',
    validation_failed: 'Bitte prüfen Sie das Formular.',
    challenge_failed: 'Falscher Code. Bitte geben Sie den neuen ein.',
    unauthorized: 'Das kann nicht mehr geändert werden.',
    forbidden_origin: 'Kommentare sind für diese Website nicht aktiviert.',
    not_found: 'Nicht gefunden.',
    conflict: 'Inzwischen geändert. Bitte laden Sie die Seite neu.',
    payload_too_large: 'Zu lang.',
    rate_limited: 'Zu viele Versuche. Bitte versuchen Sie es später erneut.',
    internal: 'Etwas ist schiefgelaufen. Bitte versuchen Sie es später erneut.',
    network: 'Keine Verbindung zum Kommentarserver. Bitte versuchen Sie es erneut.',
  },
}
