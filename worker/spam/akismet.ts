// Akismet's comment-check (https://akismet.com/developers/detailed-docs/comment-check/), optional: only with the
// AKISMET_KEY secret. The one HTTP call; what it answers becomes a reason of the content checks, never a verdict alone.
import type { Site } from '../domain'
import { errorFields, logEvent } from '../log'

const COMMENT_CHECK = 'https://rest.akismet.com/1.1/comment-check'
const TIMEOUT_MS = 3_000

/** What Akismet is told of a comment: the fields its documentation asks for, as far as Parley has them. */
export type AkismetComment = {
  name: string
  email: string | null
  website: string | null
  body: string
  isReply: boolean
  ip: string | undefined
  userAgent: string | undefined
  referrer: string | undefined
  permalink: string | null
}

/** `spam`, or `discard` for what Akismet calls blatant; `ham`; null when it could not tell (logged, and left out). */
export type AkismetAnswer = 'spam' | 'discard' | 'ham' | null

export async function askAkismet(key: string, site: Site, c: AkismetComment): Promise<AkismetAnswer> {
  const form = new URLSearchParams({
    api_key: key,
    // The "blog" is the site's own front page: its first allowed origin.
    blog: site.allowedOrigins[0] ?? '',
    user_ip: c.ip ?? '',
    comment_type: c.isReply ? 'reply' : 'comment',
    comment_author: c.name,
    comment_content: c.body,
    blog_lang: site.language,
    blog_charset: 'UTF-8',
  })
  const optional = { comment_author_email: c.email, comment_author_url: c.website, user_agent: c.userAgent }
  for (const [field, value] of Object.entries({ ...optional, referrer: c.referrer, permalink: c.permalink }))
    if (value) form.set(field, value)
  try {
    const res = await fetch(COMMENT_CHECK, { method: 'POST', body: form, signal: AbortSignal.timeout(TIMEOUT_MS) })
    const text = (await res.text()).trim()
    if (text === 'false') return 'ham'
    if (text === 'true') return res.headers.get('X-akismet-pro-tip') === 'discard' ? 'discard' : 'spam'
    // "invalid" (a wrong key, a missing field) comes with Akismet's own explanation in a header.
    throw new Error(`Akismet answered ${res.status} ${text.slice(0, 40)}: ${res.headers.get('X-akismet-debug-help')}`)
  } catch (err) {
    logEvent('error', 'check_failed', { check: 'akismet', ...errorFields(err) })
    return null
  }
}
