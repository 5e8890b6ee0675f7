// Français : chaque phrase sur la modération d’un commentaire depuis un e-mail (la forme : strings-en.ts). Espaces
// insécables (\u00a0) avant : ; ? ! et dans « ».
import type { StoredStatus } from '../domain'
import type { ModerationStrings } from './strings-en'

const frStatus: Record<StoredStatus, string> = {
  published: 'publié',
  pending: 'en attente de validation',
  deleted: 'supprimé',
  spam: 'marqué comme spam',
}

export const fr: ModerationStrings = {
  link: { approve: 'Approuver', delete: 'Supprimer', spam: 'Marquer comme spam' },
  adminPage: 'Ouvrir la page d’administration',
  askTitle: {
    approve: 'Approuver ce commentaire\u00a0?',
    delete: 'Supprimer ce commentaire\u00a0?',
    spam: 'Marquer ce commentaire comme spam\u00a0?',
  },
  ask: (name, title) => `Le commentaire de ${name} sur «\u00a0${title}\u00a0».`,
  button: { approve: 'Oui, approuver et publier', delete: 'Oui, supprimer', spam: 'Oui, marquer comme spam' },
  doneTitle: { approve: 'Commentaire approuvé', delete: 'Commentaire supprimé', spam: 'Commentaire marqué comme spam' },
  done: {
    approve: 'Il est maintenant publié, et les personnes qui suivent la discussion reçoivent leur e-mail.',
    delete: 'Il n’apparaît plus dans la discussion.',
    spam: 'Il n’apparaît plus dans la discussion et reste dans la liste des spams de la page d’administration.',
  },
  usedTitle: 'Ce lien a déjà été utilisé',
  used: 'Chaque lien de l’e-mail ne fonctionne qu’une fois. Retrouvez le commentaire et tout le reste sur la page d’administration.',
  stateTitle: 'Rien à faire',
  state: (status) => `Ce commentaire est déjà ${frStatus[status]}\u00a0: ce lien ne peut plus le modifier.`,
  invalidTitle: 'Ce lien ne fonctionne pas',
  invalid:
    'Le lien ne correspond pas à ce commentaire, ou il a expiré. Copiez le lien complet depuis l’e-mail, ou utilisez la page d’administration.',
  goneTitle: 'Commentaire introuvable',
  gone: 'Ce commentaire n’existe pas (ou plus).',
  brokenTitle: 'Un problème est survenu',
  broken: 'Le commentaire n’a pas été modifié. Réessayez dans un instant, ou utilisez la page d’administration.',
}
