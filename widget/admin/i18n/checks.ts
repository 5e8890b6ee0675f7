// The admin page's words for the content checks and the gate, in both languages: why a comment was held, and the
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

export const checks = { en, nl }
