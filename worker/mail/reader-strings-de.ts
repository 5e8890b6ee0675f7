// Deutsch: jeder Satz der eigenen Seite des Lesers, der Mail mit dem Link und der Seite, die ihn anfordert (mit „Sie“).
import type { MeStrings } from './reader-strings-en'

export const de: MeStrings = {
  linkSubject: (site) => `Ihr Link zu Ihrer Seite auf ${site}`,
  linkIntro: (site) =>
    `Jemand, hoffentlich Sie, hat einen Link zu Ihrer Seite auf ${site} angefordert: die Diskussionen, denen Sie folgen, Ihre Kommentare und Ihre Daten.`,
  linkAction: 'Meine Seite öffnen',
  linkValid:
    'Der Link gilt 24 Stunden. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.',
  manage: 'Ihre E-Mails von dieser Website verwalten',
  askTitle: 'Ihre Seite auf dieser Website',
  askBody: (site) =>
    `Auf Ihrer Seite auf ${site} sehen Sie die Diskussionen, denen Sie folgen, und Ihre Kommentare, und Sie können E-Mails abbestellen und Ihre Daten herunterladen oder löschen. Wir schicken einen Link dorthin an die Adresse, an die diese E-Mail ging.`,
  askAction: 'Link per E-Mail senden',
  askSent: 'Wenn diese Adresse hier bekannt ist, ist ein Link unterwegs. Er gilt 24 Stunden.',
  title: (site) => `Ihre Seite auf ${site}`,
  intro: (email) => `Alles, was ${email} hier hat.`,
  follows: 'Diskussionen, denen Sie folgen',
  noFollows: 'Sie folgen hier keiner Diskussion.',
  states: { pending: 'noch nicht bestätigt', active: 'Sie folgen' },
  saveMode: 'Speichern',
  leave: 'Nicht mehr folgen',
  leaveAll: 'Keiner Diskussion mehr folgen',
  comments: 'Ihre Kommentare',
  noComments: 'Hier gibt es keine Kommentare mit dieser Adresse.',
  older: 'Ältere Kommentare',
  statuses: { published: 'veröffentlicht', pending: 'wartet auf Freigabe' },
  yourData: 'Ihre Daten',
  download: 'Meine Daten herunterladen (JSON)',
  eraseTitle: 'Mich löschen',
  eraseBody: {
    anonymise:
      'Ihre Kommentare bleiben als „entfernt“ stehen, ohne Ihren Namen, Ihre Adresse, Website oder Ihren Text; Sie folgen hier keiner Diskussion mehr. Das lässt sich nicht rückgängig machen.',
    delete:
      'Ihre Kommentare werden gelöscht (Antworten darauf bleiben) und Sie folgen hier keiner Diskussion mehr. Das lässt sich nicht rückgängig machen.',
  },
  eraseConfirm: 'Ja, meine Kommentare und Abonnements auf dieser Website löschen',
  erase: 'Mich löschen',
  done: {
    mode: 'Gespeichert.',
    left: 'Sie folgen dieser Diskussion nicht mehr.',
    left_all: 'Sie folgen hier keiner Diskussion mehr.',
    erased: 'Ihre Kommentare und Abonnements auf dieser Website sind gelöscht.',
    not_erased: 'Es wurde nichts gelöscht: Bestätigen Sie zuerst mit dem Kästchen.',
    gone: 'Diese Diskussion gehört (nicht mehr) zu Ihren.',
  },
  removed: 'entfernt',
}
