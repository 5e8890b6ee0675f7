// The words of a digest and of the choice between a mail per comment and a daily digest, in each language a site
// may speak.
import type { DeliveryMode, Language } from '../domain'

export type DigestStrings = {
  subject: (title: string, n: number) => string
  intro: (n: number, title: string) => string
  busy: (perHour: number) => string
  more: string
  why: (site: string) => string
  /** The choice on the confirmation page (and the reader's own page). */
  choice: string
  modes: Record<DeliveryMode, string>
}

const en: DigestStrings = {
  subject: (title, n) => `${n} new comment${n === 1 ? '' : 's'} on "${title}"`,
  intro: (n, title) => `${n === 1 ? 'A new comment' : `${n} new comments`} on "${title}" since your last digest:`,
  busy: (perHour) =>
    `This discussion is very busy (more than ${perHour} new comments in an hour), so until the end of the day you get them in one mail like this one instead of one mail each.`,
  more: 'There are more: read them all on the page.',
  why: (site) => `You get this daily digest because you follow this discussion on ${site}.`,
  choice: 'How often?',
  modes: { each: 'An email for every new comment', digest: 'At most one email a day for this discussion' },
}

const nl: DigestStrings = {
  subject: (title, n) => `${n} nieuwe reactie${n === 1 ? '' : 's'} op "${title}"`,
  intro: (n, title) =>
    `${n === 1 ? 'Een nieuwe reactie' : `${n} nieuwe reacties`} op "${title}" sinds je vorige overzicht:`,
  busy: (perHour) =>
    `Deze discussie is erg druk (meer dan ${perHour} nieuwe reacties in een uur), dus tot het eind van de dag krijg je ze in één mail zoals deze in plaats van elk apart.`,
  more: 'Er zijn er meer: lees ze allemaal op de pagina.',
  why: (site) => `Je krijgt dit dagelijkse overzicht omdat je deze discussie op ${site} volgt.`,
  choice: 'Hoe vaak?',
  modes: { each: 'Een e-mail bij elke nieuwe reactie', digest: 'Hooguit één e-mail per dag over deze discussie' },
}

const de: DigestStrings = {
  subject: (title, n) => `${n} ${n === 1 ? 'neuer Kommentar' : 'neue Kommentare'} zu „${title}“`,
  intro: (n, title) =>
    `${n === 1 ? 'Ein neuer Kommentar' : `${n} neue Kommentare`} zu „${title}“ seit Ihrer letzten Zusammenfassung:`,
  busy: (perHour) =>
    `In dieser Diskussion ist gerade sehr viel los (mehr als ${perHour} neue Kommentare in einer Stunde). Deshalb erhalten Sie die Kommentare bis zum Ende des Tages gesammelt in einer E-Mail wie dieser statt einzeln.`,
  more: 'Es gibt noch mehr: Lesen Sie alle auf der Seite.',
  why: (site) => `Sie erhalten diese tägliche Zusammenfassung, weil Sie dieser Diskussion auf ${site} folgen.`,
  choice: 'Wie oft?',
  modes: {
    each: 'Eine E-Mail für jeden neuen Kommentar',
    digest: 'Höchstens eine E-Mail pro Tag zu dieser Diskussion',
  },
}

// French typography: a non-breaking space (\u00a0) before : ; ? ! and inside « ».
const fr: DigestStrings = {
  subject: (title, n) => `${n} ${n === 1 ? 'nouveau commentaire' : 'nouveaux commentaires'} sur «\u00a0${title}\u00a0»`,
  intro: (n, title) =>
    `${n === 1 ? 'Un nouveau commentaire' : `${n} nouveaux commentaires`} sur «\u00a0${title}\u00a0» depuis votre dernier récapitulatif\u00a0:`,
  busy: (perHour) =>
    `Cette discussion est très animée (plus de ${perHour} nouveaux commentaires en une heure)\u00a0: jusqu’à la fin de la journée, vous les recevez donc regroupés dans un seul e-mail comme celui-ci plutôt qu’un par un.`,
  more: 'Il y en a d’autres\u00a0: lisez-les tous sur la page.',
  why: (site) => `Vous recevez ce récapitulatif quotidien parce que vous suivez cette discussion sur ${site}.`,
  choice: 'À quelle fréquence\u00a0?',
  modes: { each: 'Un e-mail à chaque nouveau commentaire', digest: 'Au plus un e-mail par jour pour cette discussion' },
}

export const DIGEST_STRINGS: Record<Language, DigestStrings> = { en, nl, de, fr }
