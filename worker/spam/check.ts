// The content checks in full: the local signals, then the outside services this Worker is configured for (Akismet with
// AKISMET_KEY, Workers AI with an AI binding), asked together so a post waits once, for the slower of them.
import type { Site } from '../domain'
import type { Env } from '../env'
import { askAkismet, type AkismetComment } from './akismet'
import { localVerdict, withReason, type Content, type Lookups, type Verdict } from './signals'
import { aiSaysSpam } from './workers-ai'

/** Akismet's "blatant" spam weighs more than its plain "spam"; either holds a comment at the default threshold. */
const AKISMET_POINTS = { spam: 3, discard: 5 }
const AI_POINTS = 3

export type Posted = Content & Omit<AkismetComment, keyof Content>

export async function checkContent(env: Env, site: Site, posted: Posted, found: Lookups): Promise<Verdict> {
  const local = localVerdict(posted, found)
  // Held already: nothing an outside service says could publish it, so it is not asked (nor paid, nor waited for).
  if (local.score >= site.spamThreshold) return local
  const [akismet, ai] = await Promise.all([
    env.AKISMET_KEY ? askAkismet(env.AKISMET_KEY, site, posted) : null,
    env.AI ? aiSaysSpam(env.AI, posted) : null,
  ])
  let verdict = local
  if (akismet === 'spam' || akismet === 'discard') verdict = withReason(verdict, 'akismet', AKISMET_POINTS[akismet])
  if (ai) verdict = withReason(verdict, 'ai', AI_POINTS)
  return verdict
}
