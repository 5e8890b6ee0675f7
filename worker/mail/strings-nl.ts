// Nederlands: elke zin van de mails en volgpagina's (de vorm: strings-en.ts).
import type { Strings } from './strings-en'

export const nl: Strings = {
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
