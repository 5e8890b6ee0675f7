// Every sentence of the reader's own page, of the mail that brings its link and of the page that asks for one, in
// English and Dutch; values are plain text, escaped where used.
import type { CommentStatus, EraseMode, FollowerState, Language } from '../domain'

/** What the page says after an action (the `done` of its 303 back to itself). */
export const ME_DONE = ['mode', 'left', 'left_all', 'erased', 'not_erased', 'gone'] as const
export type MeDone = (typeof ME_DONE)[number]

export type MeStrings = {
  linkSubject: (site: string) => string
  linkIntro: (site: string) => string
  linkAction: string
  linkValid: string
  /** The footer link of every mail to a reader: the page that asks for a link to their own page. */
  manage: string
  askTitle: string
  askBody: (site: string) => string
  askAction: string
  askSent: string
  title: (site: string) => string
  intro: (email: string) => string
  follows: string
  noFollows: string
  states: Record<Exclude<FollowerState, 'unsubscribed'>, string>
  saveMode: string
  leave: string
  leaveAll: string
  comments: string
  noComments: string
  older: string
  statuses: Record<CommentStatus, string>
  yourData: string
  download: string
  eraseTitle: string
  eraseBody: Record<EraseMode, string>
  eraseConfirm: string
  erase: string
  done: Record<MeDone, string>
  /** What stands in place of an erased comment's name and text. */
  removed: string
}

const en: MeStrings = {
  linkSubject: (site) => `Your link to your page at ${site}`,
  linkIntro: (site) =>
    `Someone, hopefully you, asked for a link to your page at ${site}: the discussions you follow, your comments and your data.`,
  linkAction: 'Open my page',
  linkValid: 'The link works for 24 hours. If you did not ask for it, ignore this email: nothing changes.',
  manage: 'Manage your emails on this site',
  askTitle: 'Your page on this site',
  askBody: (site) =>
    `On your page at ${site} you see the discussions you follow and your comments, and can stop emails, download or erase your data. We email a link to it to the address this email came to.`,
  askAction: 'Email me the link',
  askSent: 'If this address is known here, a link is on its way. It works for 24 hours.',
  title: (site) => `Your page at ${site}`,
  intro: (email) => `Everything ${email} has here.`,
  follows: 'Discussions you follow',
  noFollows: 'You follow no discussion here.',
  states: { pending: 'not confirmed yet', active: 'following' },
  saveMode: 'Save',
  leave: 'Stop following',
  leaveAll: 'Stop following all discussions',
  comments: 'Your comments',
  noComments: 'There are no comments with this address here.',
  older: 'Older comments',
  statuses: { published: 'published', pending: 'awaiting approval' },
  yourData: 'Your data',
  download: 'Download my data (JSON)',
  eraseTitle: 'Erase me',
  eraseBody: {
    anonymise:
      'Your comments stay in place as "removed", without your name, address, website or text; you stop following every discussion here. This cannot be undone.',
    delete:
      'Your comments are deleted (replies to them stay) and you stop following every discussion here. This cannot be undone.',
  },
  eraseConfirm: 'Yes, erase my comments and follows on this site',
  erase: 'Erase me',
  done: {
    mode: 'Saved.',
    left: 'You no longer follow that discussion.',
    left_all: 'You no longer follow any discussion here.',
    erased: 'Your comments and follows on this site are erased.',
    not_erased: 'Nothing was erased: tick the box to confirm first.',
    gone: 'That discussion is not among yours (any more).',
  },
  removed: 'removed',
}

const nl: MeStrings = {
  linkSubject: (site) => `Je link naar je eigen pagina op ${site}`,
  linkIntro: (site) =>
    `Iemand, hopelijk jij, vroeg om een link naar je eigen pagina op ${site}: de discussies die je volgt, je reacties en je gegevens.`,
  linkAction: 'Open mijn pagina',
  linkValid: 'De link werkt 24 uur. Vroeg je er niet om? Negeer deze e-mail dan: er verandert niets.',
  manage: 'Beheer je e-mails van deze site',
  askTitle: 'Je eigen pagina op deze site',
  askBody: (site) =>
    `Op je eigen pagina op ${site} zie je de discussies die je volgt en je reacties, en kun je e-mails stoppen en je gegevens downloaden of wissen. We mailen een link ernaartoe naar het adres waar deze e-mail heen ging.`,
  askAction: 'Mail me de link',
  askSent: 'Als dit adres hier bekend is, is er een link onderweg. Die werkt 24 uur.',
  title: (site) => `Je eigen pagina op ${site}`,
  intro: (email) => `Alles wat ${email} hier heeft.`,
  follows: 'Discussies die je volgt',
  noFollows: 'Je volgt hier geen discussie.',
  states: { pending: 'nog niet bevestigd', active: 'je volgt' },
  saveMode: 'Bewaren',
  leave: 'Niet meer volgen',
  leaveAll: 'Geen enkele discussie meer volgen',
  comments: 'Je reacties',
  noComments: 'Er zijn hier geen reacties met dit adres.',
  older: 'Oudere reacties',
  statuses: { published: 'geplaatst', pending: 'wacht op goedkeuring' },
  yourData: 'Je gegevens',
  download: 'Download mijn gegevens (JSON)',
  eraseTitle: 'Wis mij',
  eraseBody: {
    anonymise:
      'Je reacties blijven staan als "verwijderd", zonder je naam, adres, website of tekst; je volgt hier geen enkele discussie meer. Dit kan niet ongedaan worden.',
    delete:
      'Je reacties worden verwijderd (antwoorden erop blijven staan) en je volgt hier geen enkele discussie meer. Dit kan niet ongedaan worden.',
  },
  eraseConfirm: 'Ja, wis mijn reacties en volgingen op deze site',
  erase: 'Wis mij',
  done: {
    mode: 'Bewaard.',
    left: 'Je volgt die discussie niet meer.',
    left_all: 'Je volgt hier geen enkele discussie meer.',
    erased: 'Je reacties en volgingen op deze site zijn gewist.',
    not_erased: 'Er is niets gewist: vink eerst het vakje aan om te bevestigen.',
    gone: 'Die discussie hoort (nu) niet bij de jouwe.',
  },
  removed: 'verwijderd',
}

const de: MeStrings = {
  linkSubject: (site) => `Ihr Link zu Ihrer Seite auf ${site}`,
  linkIntro: (site) =>
    `Jemand, hoffentlich Sie, hat einen Link zu Ihrer Seite auf ${site} angefordert: die Diskussionen, denen Sie folgen, Ihre Kommentare und Ihre Daten.`,
  linkAction: 'Meine Seite öffnen',
  linkValid:
    'Der Link gilt 24 Stunden. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Es ändert sich nichts.',
  manage: 'Ihre E-Mails von dieser Website verwalten',
  askTitle: 'Ihre Seite auf dieser Website',
  askBody: (site) =>
    `Auf Ihrer Seite auf ${site} sehen Sie die Diskussionen, denen Sie folgen, und Ihre Kommentare, und Sie können E-Mails abbestellen und Ihre Daten herunterladen oder löschen. Wir schicken einen Link dorthin an die Adresse, an die diese E-Mail ging.`,
  askAction: 'Link per E-Mail senden',
  askSent: 'Wenn diese Adresse hier bekannt ist, ist ein Link unterwegs. Er gilt 24 Stunden.',
  title: (site) => `Ihre Seite auf ${site}`,
  intro: (email) => `Alles, was ${email} hier hat.`,
  follows: 'Diskussionen, denen Sie folgen',
  noFollows: 'Sie folgen hier keiner Diskussion.',
  states: { pending: 'noch nicht bestätigt', active: 'Sie folgen' },
  saveMode: 'Speichern',
  leave: 'Nicht mehr folgen',
  leaveAll: 'Keiner Diskussion mehr folgen',
  comments: 'Ihre Kommentare',
  noComments: 'Hier gibt es keine Kommentare mit dieser Adresse.',
  older: 'Ältere Kommentare',
  statuses: { published: 'veröffentlicht', pending: 'wartet auf Freigabe' },
  yourData: 'Ihre Daten',
  download: 'Meine Daten herunterladen (JSON)',
  eraseTitle: 'Mich löschen',
  eraseBody: {
    anonymise:
      'Ihre Kommentare bleiben als „entfernt“ stehen, ohne Ihren Namen, Ihre Adresse, Website oder Ihren Text; Sie folgen hier keiner Diskussion mehr. Das lässt sich nicht rückgängig machen.',
    delete:
      'Ihre Kommentare werden gelöscht (Antworten darauf bleiben) und Sie folgen hier keiner Diskussion mehr. Das lässt sich nicht rückgängig machen.',
  },
  eraseConfirm: 'Ja, meine Kommentare und Abonnements auf dieser Website löschen',
  erase: 'Mich löschen',
  done: {
    mode: 'Gespeichert.',
    left: 'Sie folgen dieser Diskussion nicht mehr.',
    left_all: 'Sie folgen hier keiner Diskussion mehr.',
    erased: 'Ihre Kommentare und Abonnements auf dieser Website sind gelöscht.',
    not_erased: 'Es wurde nichts gelöscht: Bestätigen Sie zuerst mit dem Kästchen.',
    gone: 'Diese Diskussion gehört (nicht mehr) zu Ihren.',
  },
  removed: 'entfernt',
}

const fr: MeStrings = {
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

export const ME_STRINGS: Record<Language, MeStrings> = { en, nl, de, fr }
