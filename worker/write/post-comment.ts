// A new comment, the whole pipeline: parse (done by the route) → preflight (one batch) → decide (pure) → commit (one
// batch). With the route's site lookup, a comment costs three D1 round trips.
import type { Context } from 'hono'
import type { Comment, FollowOutcome, PostCommentRequest } from '../api-types'
import type { Site } from '../domain'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { renderMarkdown } from '../markdown'
import { fingerprint } from '../spam/fingerprint'
import { checkContent } from '../spam/check'
import { isSiteOrigin } from '../site-rules'
import { authorOf, authorToken, avatarOf } from './author'
import { commitComment } from './commit'
import { decideComment, needsKnownAuthor } from './decide'
import { preflight } from './preflight'

/** What the author is answered, and the mails the comment queued (for the route to put on MAIL_QUEUE). */
export type PostedComment = {
  comment: Comment
  createdAtMs: number
  follow: FollowOutcome
  authorToken: string
  outboxIds: number[]
}

export async function postComment(c: Context<AppEnv>, site: Site, req: PostCommentRequest): Promise<PostedComment> {
  const now = c.get('now')
  const secret = c.env.SIGNING_KEY
  const email = req.email ?? null
  const emailNormalized = email === null ? null : normaliseEmail(email)
  const parentId = req.parentId ?? null
  const author = await authorOf(secret, site.id, req.authorToken, now)
  const knownAuthorKey = needsKnownAuthor(site, author) ? author.key : null
  const print = await fingerprint(site.id, req.body)
  const facts = await preflight(c, {
    site,
    threadKey: req.thread,
    parentId,
    emailNormalized,
    knownAuthorKey,
    challengeToken: req.challengeToken,
    challengeAnswer: req.challengeAnswer,
    turnstileToken: req.turnstileToken,
    isComment: true,
    fingerprint: print,
  })
  // Without a lookup, an author token is the best sign of a returning reader: it is handed out with a comment.
  const firstComment = knownAuthorKey === null ? !author.proven : !facts.knownAuthor
  const header = (name: string) => c.req.header(name)
  const posted = { body: req.body, name: req.name, email, website: req.website ?? null, language: site.language }
  const verdict = await checkContent(
    c.env,
    site,
    {
      ...posted,
      firstComment,
      isReply: parentId !== null,
      permalink: req.threadUrl ?? null,
      ...{ ip: header('cf-connecting-ip'), userAgent: header('user-agent'), referrer: header('referer') },
    },
    facts.lookups,
  )
  const fromSite = isSiteOrigin(site.allowedOrigins, c.req.header('origin'))
  const wantsFollow = (req.follow ?? false) && email !== null
  const decision = decideComment(
    site,
    { parentId, email, follow: wantsFollow, fromSite },
    { ...facts, spamScore: verdict.score },
  )
  const target = { siteId: site.id, threadKey: req.thread }
  const written = await commitComment(
    c.env.DB,
    {
      challenge: facts.challenge,
      thread: { siteId: site.id, key: req.thread, title: req.threadTitle ?? null, url: req.threadUrl ?? null },
      comment: {
        ...target,
        parentId,
        name: req.name,
        email,
        emailNormalized,
        website: req.website ?? null,
        avatar: await avatarOf(secret, site.id, author),
        body: req.body,
        html: renderMarkdown(req.body),
        status: decision.status,
        ipHash: facts.ipHash,
        authorKey: author.key,
        spamScore: verdict.score,
        spamReasons: verdict.reasons,
        bodyHash: print.bodyHash,
      },
      follow:
        decision.follow && email !== null && emailNormalized !== null ? { ...target, email, emailNormalized } : null,
      owner: decision.owner,
    },
    now,
  )
  return {
    // Told as it would be for anyone: a blocked sender's comment, stored as spam, reads as the site would show it.
    comment: { ...written.comment.comment, status: decision.shown },
    createdAtMs: written.comment.createdAtMs,
    follow: wantsFollow ? 'requested' : 'none',
    authorToken: await authorToken(secret, site.id, author, now),
    outboxIds: written.outboxIds,
  }
}
