// Every sentence of Parley's mails and follow pages, in English and Dutch; values are plain text, escaped where used.
import type { Language } from '../domain'

export type Strings = {
  confirmSubject: (title: string) => string
  confirmIntro: (title: string, site: string) => string
  confirmAction: string
  confirmIgnore: string
  alreadySubject: (title: string) => string
  alreadyIntro: (title: string, site: string) => string
  alreadyAction: string
  notifySubject: (title: string) => string
  wrote: (name: string, title: string) => string
  notifyAction: string
  notifyWhy: (site: string) => string
  unsubscribe: string
  ownerSubject: (name: string, title: string, held: boolean) => string
  ownerHeld: string
  ownerAction: string
  ownerWhy: (site: string) => string
  invalidLinkTitle: string
  invalidLinkBody: string
  confirmAskTitle: string
  confirmAskBody: (title: string) => string
  confirmedTitle: string
  confirmedBody: (title: string) => string
  notFollowingTitle: string
  notFollowingBody: (title: string) => string
  unsubscribeAskTitle: string
  unsubscribeAskBody: (title: string) => string
  unsubscribedTitle: string
  unsubscribedBody: (title: string) => string
  backToDiscussion: string
}

const en: Strings = {
  confirmSubject: (title) => `Confirm that you want to follow "${title}"`,
  confirmIntro: (title, site) =>
    `Someone, hopefully you, asked to get an email when new comments appear on "${title}" at ${site}.`,
  confirmAction: 'Yes, email me about new comments',
  confirmIgnore: 'If that was not you, ignore this email: without a click you will get nothing more from us.',
  alreadySubject: (title) => `You already follow "${title}"`,
  alreadyIntro: (title, site) =>
    `Someone, hopefully you, asked to follow "${title}" at ${site}. This address follows it already: there is nothing to do.`,
  alreadyAction: 'Go to the discussion',
  notifySubject: (title) => `New comment on "${title}"`,
  wrote: (name, title) => `${name} wrote on "${title}":`,
  notifyAction: 'Read and reply',
  notifyWhy: (site) => `You get this email because you follow this discussion on ${site}.`,
  unsubscribe: 'Unsubscribe',
  ownerSubject: (name, title, held) => `${held ? '[Awaiting moderation] ' : ''}New comment by ${name} on "${title}"`,
  ownerHeld: 'This comment is held until you approve it.',
  ownerAction: 'View the discussion',
  ownerWhy: (site) => `You get this email because comment notifications are on for ${site}.`,
  invalidLinkTitle: 'This link does not work',
  invalidLinkBody:
    'The link is not valid or has expired. Copy the whole link from the email, or follow the discussion again from its page.',
  confirmAskTitle: 'Follow this discussion?',
  confirmAskBody: (title) => `Get an email when a new comment appears on "${title}". Every email has a link to stop.`,
  confirmedTitle: 'You are following this discussion',
  confirmedBody: (title) =>
    `You will get an email when a new comment appears on "${title}". Every email has a link to stop.`,
  notFollowingTitle: 'You are not following this discussion',
  notFollowingBody: (title) => `You unsubscribed from "${title}". To follow it again, use the form on its page.`,
  unsubscribeAskTitle: 'Stop emails about this discussion?',
  unsubscribeAskBody: (title) => `You get an email for each new comment on "${title}".`,
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribedBody: (title) => `You will get no more emails about "${title}".`,
  backToDiscussion: 'Back to the discussion',
}

const nl: Strings = {
  confirmSubject: (title) => `Bevestig dat je "${title}" wilt volgen`,
  confirmIntro: (title, site) =>
    `Iemand, hopelijk jij, vroeg om een e-mail bij nieuwe reacties op "${title}" op ${site}.`,
  confirmAction: 'Ja, mail me bij nieuwe reacties',
  confirmIgnore: 'Was jij dat niet? Negeer deze e-mail dan: zonder klik krijg je niets meer van ons.',
  alreadySubject: (title) => `Je volgt "${title}" al`,
  alreadyIntro: (title, site) =>
    `Iemand, hopelijk jij, vroeg om "${title}" op ${site} te volgen. Dit adres volgt de discussie al: je hoeft niets te doen.`,
  alreadyAction: 'Naar de discussie',
  notifySubject: (title) => `Nieuwe reactie op "${title}"`,
  wrote: (name, title) => `${name} schreef bij "${title}":`,
  notifyAction: 'Lees en reageer',
  notifyWhy: (site) => `Je krijgt deze e-mail omdat je deze discussie volgt op ${site}.`,
  unsubscribe: 'Afmelden',
  ownerSubject: (name, title, held) =>
    `${held ? '[Wacht op moderatie] ' : ''}Nieuwe reactie van ${name} bij "${title}"`,
  ownerHeld: 'Deze reactie wacht op jouw goedkeuring.',
  ownerAction: 'Bekijk de discussie',
  ownerWhy: (site) => `Je krijgt deze e-mail omdat meldingen van nieuwe reacties aan staan voor ${site}.`,
  invalidLinkTitle: 'Deze link werkt niet',
  invalidLinkBody:
    'De link is ongeldig of verlopen. Kopieer de hele link uit de e-mail, of volg de discussie opnieuw vanaf de pagina.',
  confirmAskTitle: 'Deze discussie volgen?',
  confirmAskBody: (title) =>
    `Krijg een e-mail bij elke nieuwe reactie op "${title}". In elke e-mail staat een link om te stoppen.`,
  confirmedTitle: 'Je volgt deze discussie',
  confirmedBody: (title) =>
    `Je krijgt een e-mail zodra er een nieuwe reactie is bij "${title}". In elke e-mail staat een link om te stoppen.`,
  notFollowingTitle: 'Je volgt deze discussie niet',
  notFollowingBody: (title) =>
    `Je hebt je afgemeld voor "${title}". Wil je weer volgen? Gebruik dan het formulier op de pagina.`,
  unsubscribeAskTitle: 'Geen e-mails meer over deze discussie?',
  unsubscribeAskBody: (title) => `Je krijgt een e-mail bij elke nieuwe reactie op "${title}".`,
  unsubscribedTitle: 'Je bent afgemeld',
  unsubscribedBody: (title) => `Je krijgt geen e-mails meer over "${title}".`,
  backToDiscussion: 'Terug naar de discussie',
}

export const STRINGS: Record<Language, Strings> = { en, nl }
