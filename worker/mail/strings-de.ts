// Deutsch: jeder Satz der Mails und Folgeseiten (die Form: strings-en.ts), in der Anrede mit „Sie“.
import type { Strings } from './strings-en'

export const de: Strings = {
  confirmSubject: (title) => `Bitte bestätigen Sie, dass Sie „${title}“ folgen möchten`,
  confirmIntro: (title, site) =>
    `Jemand, hoffentlich Sie, möchte per E-Mail benachrichtigt werden, wenn neue Kommentare zu „${title}“ auf ${site} erscheinen.`,
  confirmAction: 'Ja, bitte bei neuen Kommentaren benachrichtigen',
  confirmIgnore:
    'Falls Sie das nicht waren, ignorieren Sie diese E-Mail einfach: Ohne Klick erhalten Sie nichts weiter von uns.',
  alreadySubject: (title) => `Sie folgen „${title}“ bereits`,
  alreadyIntro: (title, site) =>
    `Jemand, hoffentlich Sie, möchte „${title}“ auf ${site} folgen. Diese Adresse folgt der Diskussion bereits: Sie müssen nichts weiter tun.`,
  alreadyAction: 'Zur Diskussion',
  notifySubject: (title) => `Neuer Kommentar zu „${title}“`,
  wrote: (name, title) => `${name} schrieb zu „${title}“:`,
  notifyAction: 'Lesen und antworten',
  notifyWhy: (site) => `Sie erhalten diese E-Mail, weil Sie dieser Diskussion auf ${site} folgen.`,
  unsubscribe: 'Abmelden',
  ownerSubject: (name, title, held) =>
    `${held ? '[Wartet auf Freigabe] ' : ''}Neuer Kommentar von ${name} zu „${title}“`,
  ownerHeld: 'Dieser Kommentar wird erst angezeigt, wenn Sie ihn freigeben.',
  ownerAction: 'Diskussion ansehen',
  ownerWhy: (site) =>
    `Sie erhalten diese E-Mail, weil Benachrichtigungen über neue Kommentare für ${site} aktiviert sind.`,
  invalidLinkTitle: 'Dieser Link funktioniert nicht',
  invalidLinkBody:
    'Der Link ist ungültig oder abgelaufen. Kopieren Sie den vollständigen Link aus der E-Mail, oder folgen Sie der Diskussion erneut über ihre Seite.',
  confirmAskTitle: 'Dieser Diskussion folgen?',
  confirmAskBody: (title) =>
    `Sie erhalten eine E-Mail, sobald ein neuer Kommentar zu „${title}“ erscheint. Jede E-Mail enthält einen Link zum Abbestellen.`,
  confirmedTitle: 'Sie folgen dieser Diskussion',
  confirmedBody: (title) =>
    `Sie erhalten eine E-Mail, sobald ein neuer Kommentar zu „${title}“ erscheint. Jede E-Mail enthält einen Link zum Abbestellen.`,
  notFollowingTitle: 'Sie folgen dieser Diskussion nicht',
  notFollowingBody: (title) =>
    `Sie haben „${title}“ abbestellt. Um wieder zu folgen, nutzen Sie das Formular auf der Seite der Diskussion.`,
  unsubscribeAskTitle: 'Keine E-Mails mehr zu dieser Diskussion?',
  unsubscribeAskBody: (title) => `Sie erhalten eine E-Mail für jeden neuen Kommentar zu „${title}“.`,
  unsubscribedTitle: 'Sie sind abgemeldet',
  unsubscribedBody: (title) => `Sie erhalten keine E-Mails mehr zu „${title}“.`,
  backToDiscussion: 'Zurück zur Diskussion',
}
