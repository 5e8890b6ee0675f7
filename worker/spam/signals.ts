// The cheap local signals of the content checks and what each weighs (README, "Content checks"). Pure: the Worker and
// bench/spam.mjs score with this very function. Points add up; the site's threshold (3 by default) holds a comment, so
// one strong signal holds it alone and a weak one (a website, two links) only with another.
import type { Language, SpamReason } from '../domain'
import { isOnlyLink, linksIn, looksLikeLink } from './links'
import { spamPhrasesIn } from './phrases'
import { isForeignScript } from './script'

export type Content = {
  body: string
  name: string
  website: string | null
  /** The site's language: the script a comment is expected in. */
  language: Language
  /** Not (yet) published on this site under the poster's author token: a stranger, as far as Parley knows. */
  firstComment: boolean
}

/** What the preflight batch found in D1 for this comment's fingerprint. */
export type Lookups = {
  /** The same text was posted on the site in the last 24 hours. */
  duplicate: boolean
  /** The marks ('body:…', 'host:…') the owner's spam marks taught that this comment bears. */
  learned: readonly string[]
}

export type Verdict = { score: number; reasons: SpamReason[] }

/** The points of each signal that fired, in the order of the list. */
function signals(c: Content, found: Lookups): [SpamReason, number][] {
  const links = linksIn(c.body).length
  const phrases = spamPhrasesIn(`${c.name}\n${c.body}`).length
  return [
    // One link is a reference; each one more is more like an advertisement.
    ['links', links < 2 ? 0 : Math.min(3, links - 1)],
    ['name_link', looksLikeLink(c.name) ? 3 : 0],
    // Honest readers give their site too: alone it holds nothing.
    ['website', c.website === null ? 0 : 1],
    ['only_link', c.firstComment && isOnlyLink(c.body) ? 3 : 0],
    // Honest readers rarely post the same long text twice in a day; campaigns do it across every post.
    ['duplicate', found.duplicate ? 3 : 0],
    ['script', isForeignScript(c.body, c.language) ? 3 : 0],
    ['phrase', phrases === 0 ? 0 : phrases === 1 ? 2 : 3],
    ['marked_spam', found.learned.some((mark) => mark.startsWith('body:')) ? 3 : 0],
    ['spam_link', found.learned.some((mark) => mark.startsWith('host:')) ? 2 : 0],
  ]
}

export function localVerdict(content: Content, found: Lookups): Verdict {
  const fired = signals(content, found).filter(([, points]) => points > 0)
  return { score: fired.reduce((sum, [, points]) => sum + points, 0), reasons: fired.map(([reason]) => reason) }
}

/** Adds an outside service's finding (Akismet, Workers AI) to the local verdict. */
export const withReason = (verdict: Verdict, reason: SpamReason, points: number): Verdict => ({
  score: verdict.score + points,
  reasons: [...verdict.reasons, reason],
})
