// Nederlands: elke zin over het modereren van één reactie vanuit een mail (de vorm: strings-en.ts).
import type { StoredStatus } from '../domain'
import type { ModerationStrings } from './strings-en'

const nlStatus: Record<StoredStatus, string> = {
  published: 'gepubliceerd',
  pending: 'wacht op goedkeuring',
  deleted: 'verwijderd',
  spam: 'gemarkeerd als spam',
}

export const nl: ModerationStrings = {
  link: { approve: 'Goedkeuren', delete: 'Verwijderen', spam: 'Markeren als spam' },
  adminPage: 'Open de beheerpagina',
  askTitle: {
    approve: 'Deze reactie goedkeuren?',
    delete: 'Deze reactie verwijderen?',
    spam: 'Deze reactie markeren als spam?',
  },
  ask: (name, title) => `De reactie van ${name} bij "${title}".`,
  button: { approve: 'Ja, goedkeuren en publiceren', delete: 'Ja, verwijderen', spam: 'Ja, markeren als spam' },
  doneTitle: { approve: 'Reactie goedgekeurd', delete: 'Reactie verwijderd', spam: 'Reactie gemarkeerd als spam' },
  done: {
    approve: 'Ze staat nu online, en wie de discussie volgt krijgt een e-mail.',
    delete: 'Ze staat niet meer in de discussie.',
    spam: 'Ze staat niet meer in de discussie, en blijft in de spamlijst op de beheerpagina.',
  },
  usedTitle: 'Deze link is al gebruikt',
  used: 'Elke link in de e-mail werkt één keer. Op de beheerpagina zie je de reactie en al het andere.',
  stateTitle: 'Niets te doen',
  state: (status) => `Deze reactie is al ${nlStatus[status]}, dus deze link kan er niets meer aan veranderen.`,
  invalidTitle: 'Deze link werkt niet',
  invalid:
    'De link hoort niet bij deze reactie, of is verlopen. Kopieer de hele link uit de e-mail, of gebruik de beheerpagina.',
  goneTitle: 'Reactie niet gevonden',
  gone: 'Deze reactie bestaat niet (meer).',
  brokenTitle: 'Er ging iets mis',
  broken: 'De reactie is niet veranderd. Probeer het zo opnieuw, of gebruik de beheerpagina.',
}
