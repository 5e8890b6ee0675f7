// Nederlands: elke zin van de eigen pagina van de lezer, de mail met de link en de pagina die erom vraagt.
import type { MeStrings } from './reader-strings-en'

export const nl: MeStrings = {
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
