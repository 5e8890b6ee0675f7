// The admin page's words for the content checks and the gate, in every language: why a comment was held, and the
// site settings that steer it. The tables follow worker/domain.ts, so a new reason cannot go without its words.
import type { EraseMode, SiteGate, SpamReason } from '../../../worker/domain'

const en = {
  score: (score: number) => `spam score ${score}`,
  heldBecause: 'Content checks:',
  reasons: {
    links: 'many links',
    name_link: 'a link as the name',
    website: 'a website given',
    only_link: 'a first comment that is only a link',
    duplicate: 'the same text posted on this site in the last 24 hours',
    script: "mostly another alphabet than the site's language",
    phrase: 'known spam phrases',
    marked_spam: 'text you marked as spam before',
    spam_link: 'a link to a site you marked as spam before',
    akismet: 'Akismet says spam',
    ai: 'Workers AI says spam',
  } satisfies Record<SpamReason, string>,
  gate: 'Gate before a comment',
  gates: {
    code: 'The image code (or the puzzle instead)',
    turnstile: 'Cloudflare Turnstile instead of the code',
    'code+turnstile': 'The code and Cloudflare Turnstile',
  } satisfies Record<SiteGate, string>,
  spamThreshold: 'Hold a comment from this spam score on (3: one strong sign, or two weaker ones)',
  eraseMode: 'When a reader erases their data, their comments are',
  eraseModes: {
    anonymise: 'kept as "removed" (replies stay in place)',
    delete: 'deleted, as your own delete does',
  } satisfies Record<EraseMode, string>,
}

export type CheckStrings = typeof en

const nl: CheckStrings = {
  score: (score: number) => `spamscore ${score}`,
  heldBecause: 'Inhoudscontrole:',
  reasons: {
    links: 'veel links',
    name_link: 'een link als naam',
    website: 'een website opgegeven',
    only_link: 'een eerste reactie met alleen een link',
    duplicate: 'dezelfde tekst in de afgelopen 24 uur al op deze site geplaatst',
    script: 'grotendeels een ander schrift dan de taal van de site',
    phrase: 'bekende spamzinnen',
    marked_spam: 'tekst die je eerder als spam markeerde',
    spam_link: 'een link naar een site die je eerder als spam markeerde',
    akismet: 'Akismet zegt spam',
    ai: 'Workers AI zegt spam',
  },
  gate: 'Drempel voor een reactie',
  gates: {
    code: 'De code in het plaatje (of de puzzel in plaats daarvan)',
    turnstile: 'Cloudflare Turnstile in plaats van de code',
    'code+turnstile': 'De code en Cloudflare Turnstile',
  },
  spamThreshold: 'Houd een reactie vast vanaf deze spamscore (3: één sterk teken, of twee zwakkere)',
  eraseMode: 'Als een lezer zijn gegevens wist, worden zijn reacties',
  eraseModes: {
    anonymise: 'bewaard als "verwijderd" (antwoorden blijven staan)',
    delete: 'verwijderd, zoals jouw eigen verwijderen doet',
  },
}

const de: CheckStrings = {
  score: (score) => `Spam-Wert ${score}`,
  heldBecause: 'Inhaltsprüfung:',
  reasons: {
    links: 'viele Links',
    name_link: 'ein Link als Name',
    website: 'eine Website angegeben',
    only_link: 'ein erster Kommentar, der nur aus einem Link besteht',
    duplicate: 'derselbe Text in den letzten 24 Stunden schon auf dieser Website',
    script: 'überwiegend ein anderes Schriftsystem als die Sprache der Website',
    phrase: 'bekannte Spam-Formulierungen',
    marked_spam: 'Text, den Sie schon einmal als Spam markiert haben',
    spam_link: 'ein Link zu einer Website, die Sie schon einmal als Spam markiert haben',
    akismet: 'Akismet sagt Spam',
    ai: 'Workers AI sagt Spam',
  },
  gate: 'Hürde vor einem Kommentar',
  gates: {
    code: 'Der Code im Bild (oder stattdessen das Rätsel)',
    turnstile: 'Cloudflare Turnstile statt des Codes',
    'code+turnstile': 'Der Code und Cloudflare Turnstile',
  },
  spamThreshold: 'Kommentare ab diesem Spam-Wert zurückhalten (3: ein starkes Anzeichen oder zwei schwächere)',
  eraseMode: 'Wenn ein Leser seine Daten löscht, werden seine Kommentare',
  eraseModes: {
    anonymise: 'als „entfernt“ behalten (Antworten bleiben stehen)',
    delete: 'gelöscht, wie Ihr eigenes Löschen',
  },
}

// French typography: a non-breaking space (\u00a0) before : ; ? !
const fr: CheckStrings = {
  score: (score) => `score de spam ${score}`,
  heldBecause: 'Contrôle du contenu\u00a0:',
  reasons: {
    links: 'beaucoup de liens',
    name_link: 'un lien en guise de nom',
    website: 'un site web indiqué',
    only_link: 'un premier commentaire qui n’est qu’un lien',
    duplicate: 'le même texte déjà publié sur ce site ces dernières 24\u00a0heures',
    script: 'surtout un autre alphabet que la langue du site',
    phrase: 'des formules de spam connues',
    marked_spam: 'un texte que vous avez déjà marqué comme spam',
    spam_link: 'un lien vers un site que vous avez déjà marqué comme spam',
    akismet: 'spam selon Akismet',
    ai: 'spam selon Workers AI',
  },
  gate: 'Contrôle avant un commentaire',
  gates: {
    code: 'Le code de l’image (ou l’énigme à la place)',
    turnstile: 'Cloudflare Turnstile à la place du code',
    'code+turnstile': 'Le code et Cloudflare Turnstile',
  },
  spamThreshold: 'Retenir un commentaire à partir de ce score de spam (3\u00a0: un signe fort, ou deux plus faibles)',
  eraseMode: 'Quand un lecteur efface ses données, ses commentaires sont',
  eraseModes: {
    anonymise: 'gardés comme «\u00a0supprimé\u00a0» (les réponses restent en place)',
    delete: 'supprimés, comme votre propre suppression',
  },
}

export const checks = { en, nl, de, fr }
