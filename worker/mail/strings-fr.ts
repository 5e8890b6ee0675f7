// Français : chaque phrase des e-mails et des pages de suivi (la forme : strings-en.ts), en vouvoyant le lecteur.
// Les espaces avant : ; ? ! et dans « » sont insécables (\u00a0), comme le veut la typographie française.
import type { Strings } from './strings-en'

export const fr: Strings = {
  confirmSubject: (title) => `Confirmez que vous souhaitez suivre «\u00a0${title}\u00a0»`,
  confirmIntro: (title, site) =>
    `Quelqu’un, sans doute vous-même, a demandé à recevoir un e-mail lorsque de nouveaux commentaires paraissent sur «\u00a0${title}\u00a0» (${site}).`,
  confirmAction: 'Oui, prévenez-moi des nouveaux commentaires',
  confirmIgnore:
    'Si ce n’était pas vous, ignorez cet e-mail\u00a0: sans clic, vous ne recevrez plus rien de notre part.',
  alreadySubject: (title) => `Vous suivez déjà «\u00a0${title}\u00a0»`,
  alreadyIntro: (title, site) =>
    `Quelqu’un, sans doute vous-même, a demandé à suivre «\u00a0${title}\u00a0» (${site}). Cette adresse suit déjà la discussion\u00a0: vous n’avez rien à faire.`,
  alreadyAction: 'Aller à la discussion',
  notifySubject: (title) => `Nouveau commentaire sur «\u00a0${title}\u00a0»`,
  wrote: (name, title) => `${name} a écrit sur «\u00a0${title}\u00a0»\u00a0:`,
  notifyAction: 'Lire et répondre',
  notifyWhy: (site) => `Vous recevez cet e-mail parce que vous suivez cette discussion sur ${site}.`,
  unsubscribe: 'Se désabonner',
  ownerSubject: (name, title, held) =>
    `${held ? '[En attente de modération] ' : ''}Nouveau commentaire de ${name} sur «\u00a0${title}\u00a0»`,
  ownerHeld: 'Ce commentaire reste en attente jusqu’à ce que vous l’approuviez.',
  ownerAction: 'Voir la discussion',
  ownerWhy: (site) =>
    `Vous recevez cet e-mail parce que les notifications de nouveaux commentaires sont activées pour ${site}.`,
  invalidLinkTitle: 'Ce lien ne fonctionne pas',
  invalidLinkBody:
    'Le lien n’est pas valide ou a expiré. Copiez le lien complet depuis l’e-mail, ou suivez à nouveau la discussion depuis sa page.',
  confirmAskTitle: 'Suivre cette discussion\u00a0?',
  confirmAskBody: (title) =>
    `Recevez un e-mail à chaque nouveau commentaire sur «\u00a0${title}\u00a0». Chaque e-mail contient un lien pour arrêter.`,
  confirmedTitle: 'Vous suivez cette discussion',
  confirmedBody: (title) =>
    `Vous recevrez un e-mail à chaque nouveau commentaire sur «\u00a0${title}\u00a0». Chaque e-mail contient un lien pour arrêter.`,
  notFollowingTitle: 'Vous ne suivez pas cette discussion',
  notFollowingBody: (title) =>
    `Votre abonnement à «\u00a0${title}\u00a0» a été annulé. Pour la suivre à nouveau, utilisez le formulaire sur sa page.`,
  unsubscribeAskTitle: 'Ne plus recevoir d’e-mails sur cette discussion\u00a0?',
  unsubscribeAskBody: (title) => `Vous recevez un e-mail à chaque nouveau commentaire sur «\u00a0${title}\u00a0».`,
  unsubscribedTitle: 'Désabonnement confirmé',
  unsubscribedBody: (title) => `Vous ne recevrez plus d’e-mails sur «\u00a0${title}\u00a0».`,
  backToDiscussion: 'Retour à la discussion',
}
