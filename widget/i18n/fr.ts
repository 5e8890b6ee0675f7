// Français : chaque texte que le widget affiche avant qu’un lecteur écrive, et un message par code d’erreur ; les mots
// des formulaires viennent avec eux (widget/form/words-fr.ts). On vouvoie ; espace insécable (\u00a0) avant : ; ? !
import type { Words } from './en'

export const fr: Words = {
  lang: 'fr',
  comments: 'Commentaires',
  // 0 and 1 take the singular in French.
  count: (n) => `${n} commentaire${n > 1 ? 's' : ''}`,
  empty: 'Aucun commentaire',
  loading: 'Chargement…',
  retry: 'Réessayer',
  more: 'Plus de commentaires',
  newest: 'Plus récents d’abord',
  prev: 'Commentaires précédents',
  reply: 'Répondre',
  replyTo: (name) => `Répondre à ${name}`,
  inReplyTo: (name) => `en réponse à ${name}`,
  pending: 'en attente de validation',
  edited: 'modifié',
  share: 'Partager',
  copied: 'Lien copié.',
  write: 'Écrire un commentaire',
  body: 'Commentaire',
  bodyHint: (max) => `Markdown accepté. ${max}\u00a0caractères maximum.`,
  followOpen: 'Suivre la discussion',
  manageOpen: 'Gérer mes e-mails',
  feed: 'Flux de la discussion',
  errors: {
    forbidden_origin: 'Commentaires désactivés pour ce site.',
    not_found: 'Introuvable.',
    internal: 'Erreur serveur. Réessayez plus tard.',
    network: 'Serveur injoignable. Réessayez.',
  },
}
