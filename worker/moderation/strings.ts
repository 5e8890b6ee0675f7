// Every sentence about moderating one comment from a mail, in English and Dutch: the links in the owner's mail and the
// pages behind them. Values are plain text, escaped where used.
import type { Language, ModerationAction, StoredStatus } from '../domain'

export type ModerationStrings = {
  link: Record<ModerationAction, string>
  adminPage: string
  askTitle: Record<ModerationAction, string>
  ask: (name: string, title: string) => string
  button: Record<ModerationAction, string>
  doneTitle: Record<ModerationAction, string>
  done: Record<ModerationAction, string>
  usedTitle: string
  used: string
  stateTitle: string
  state: (status: StoredStatus) => string
  invalidTitle: string
  invalid: string
  goneTitle: string
  gone: string
  brokenTitle: string
  broken: string
}

const enStatus: Record<StoredStatus, string> = {
  published: 'published',
  pending: 'awaiting approval',
  deleted: 'deleted',
  spam: 'marked as spam',
}
const nlStatus: Record<StoredStatus, string> = {
  published: 'gepubliceerd',
  pending: 'wacht op goedkeuring',
  deleted: 'verwijderd',
  spam: 'gemarkeerd als spam',
}

const en: ModerationStrings = {
  link: { approve: 'Approve', delete: 'Delete', spam: 'Mark as spam' },
  adminPage: 'Open the admin page',
  askTitle: { approve: 'Approve this comment?', delete: 'Delete this comment?', spam: 'Mark this comment as spam?' },
  ask: (name, title) => `The comment by ${name} on "${title}".`,
  button: { approve: 'Yes, approve and publish', delete: 'Yes, delete', spam: 'Yes, mark as spam' },
  doneTitle: { approve: 'Comment approved', delete: 'Comment deleted', spam: 'Comment marked as spam' },
  done: {
    approve: 'It is published now, and the people who follow the discussion get their email.',
    delete: 'It no longer shows in the discussion.',
    spam: 'It no longer shows in the discussion, and stays in the spam list on the admin page.',
  },
  usedTitle: 'This link was already used',
  used: 'Each link in the email works once. See the comment and everything else on the admin page.',
  stateTitle: 'Nothing to do',
  state: (status) => `This comment is ${enStatus[status]} already, so this link can no longer change it.`,
  invalidTitle: 'This link does not work',
  invalid:
    'The link is not valid for this comment, or it has expired. Copy the whole link from the email, or use the admin page.',
  goneTitle: 'Comment not found',
  gone: 'This comment does not exist (any more).',
  brokenTitle: 'Something went wrong',
  broken: 'The comment was not changed. Try again in a moment, or use the admin page.',
}

const nl: ModerationStrings = {
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

export const MODERATION_STRINGS: Record<Language, ModerationStrings> = { en, nl }
