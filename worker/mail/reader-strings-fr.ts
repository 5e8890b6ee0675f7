// Français : chaque phrase de la page du lecteur, du mail qui en donne le lien et de la page qui le demande (vouvoiement).
import type { MeStrings } from './reader-strings-en'

export const fr: MeStrings = {
  linkSubject: (site) => `Votre lien vers votre page sur ${site}`,
  linkIntro: (site) =>
    `Quelqu’un, sans doute vous-même, a demandé un lien vers votre page sur ${site}\u00a0: les discussions que vous suivez, vos commentaires et vos données.`,
  linkAction: 'Ouvrir ma page',
  linkValid: `Le lien est valable 24 heures. Si vous ne l’avez pas demandé, ignorez cet e-mail\u00a0: rien ne change.`,
  manage: 'Gérer vos e-mails de ce site',
  askTitle: 'Votre page sur ce site',
  askBody: (site) =>
    `Sur votre page sur ${site}, vous voyez les discussions que vous suivez et vos commentaires, et vous pouvez arrêter les e-mails, télécharger ou effacer vos données. Nous envoyons un lien vers cette page à l’adresse de cet e-mail.`,
  askAction: 'M’envoyer le lien',
  askSent: 'Si cette adresse est connue ici, un lien est en route. Il est valable 24 heures.',
  title: (site) => `Votre page sur ${site}`,
  intro: (email) => `Tout ce que ${email} a ici.`,
  follows: 'Discussions que vous suivez',
  noFollows: 'Vous ne suivez aucune discussion ici.',
  states: { pending: 'pas encore confirmé', active: 'vous suivez' },
  saveMode: 'Enregistrer',
  leave: 'Ne plus suivre',
  leaveAll: 'Ne plus suivre aucune discussion',
  comments: 'Vos commentaires',
  noComments: 'Il n’y a ici aucun commentaire avec cette adresse.',
  older: 'Commentaires plus anciens',
  statuses: { published: 'publié', pending: 'en attente de validation' },
  yourData: 'Vos données',
  download: 'Télécharger mes données (JSON)',
  eraseTitle: 'M’effacer',
  eraseBody: {
    anonymise: `Vos commentaires restent en place comme «\u00a0supprimé\u00a0», sans votre nom, votre adresse, votre site ni votre texte\u00a0; vous ne suivez plus aucune discussion ici. C’est irréversible.`,
    delete:
      'Vos commentaires sont supprimés (les réponses restent) et vous ne suivez plus aucune discussion ici. C’est irréversible.',
  },
  eraseConfirm: 'Oui, effacer mes commentaires et mes abonnements sur ce site',
  erase: 'M’effacer',
  done: {
    mode: 'Enregistré.',
    left: 'Vous ne suivez plus cette discussion.',
    left_all: 'Vous ne suivez plus aucune discussion ici.',
    erased: 'Vos commentaires et vos abonnements sur ce site sont effacés.',
    not_erased: `Rien n’a été effacé\u00a0: cochez d’abord la case pour confirmer.`,
    gone: 'Cette discussion ne fait pas (ou plus) partie des vôtres.',
  },
  removed: 'supprimé',
}
