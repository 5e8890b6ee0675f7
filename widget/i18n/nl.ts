// Nederlands: elke tekst van parley.js (die van de formulieren staan in widget/form/i18n/), en een melding voor elke
// foutcode van de API.
import type { Strings } from './en'

export const nl: Strings = {
  comments: 'Reacties',
  count: (n) => `${n} reactie${n === 1 ? '' : 's'}`,
  empty: 'Nog geen reacties',
  loading: 'Laden…',
  retry: 'Opnieuw',
  more: 'Meer reacties',
  reply: 'Reageer',
  replyTo: (name) => `Reageer op ${name}`,
  inReplyTo: (name) => `als reactie op ${name}`,
  pending: 'wacht op goedkeuring',
  edited: 'bewerkt',
  share: 'Delen',
  copied: 'Link gekopieerd.',
  edit: 'Bewerken',
  del: 'Verwijderen',
  write: 'Schrijf een reactie',
  body: 'Reactie',
  bodyHint: 'Markdown werkt. Hooguit 5000 tekens.',
  followOpen: 'Volg deze discussie',
  errors: {
    validation_failed: 'Controleer het formulier.',
    forbidden_origin: 'Reacties staan voor deze site niet aan.',
    not_found: 'Niet gevonden.',
    internal: 'Er ging iets mis. Probeer het later opnieuw.',
    network: 'Geen verbinding met de reactieserver. Probeer het opnieuw.',
  },
}
