// The words of a digest and of the choice between a mail per comment and a daily digest, in English and Dutch.
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

export const DIGEST_STRINGS: Record<Language, DigestStrings> = { en, nl }
