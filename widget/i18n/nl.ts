// Nederlands: elke tekst die de widget toont voordat een lezer schrijft, en een melding per foutcode; de woorden van
// de formulieren komen met de formulieren (widget/form/words-nl.ts).
import type { Words } from './en'

export const nl: Words = {
  lang: 'nl',
  comments: 'Reacties',
  count: (n) => `${n} reactie${n === 1 ? '' : 's'}`,
  empty: 'Nog geen reacties',
  loading: 'Laden…',
  retry: 'Opnieuw',
  more: 'Meer reacties',
  newest: 'Nieuwste eerst',
  prev: 'Vorige reacties',
  reply: 'Reageer',
  replyTo: (name) => `Reageer op ${name}`,
  inReplyTo: (name) => `als reactie op ${name}`,
  pending: 'wacht op goedkeuring',
  edited: 'bewerkt',
  share: 'Delen',
  copied: 'Link gekopieerd.',
  write: 'Schrijf een reactie',
  body: 'Reactie',
  bodyHint: (max) => `Markdown werkt. Hooguit ${max} tekens.`,
  followOpen: 'Volg deze discussie',
  manageOpen: 'Beheer mijn e-mail',
  feed: 'Feed van deze discussie',
  errors: {
    forbidden_origin: 'Reacties staan voor deze site niet aan.',
    not_found: 'Niet gevonden.',
    internal: 'Er ging iets mis. Probeer het later opnieuw.',
    network: 'Geen verbinding met de reactieserver. Probeer het opnieuw.',
  },
}
