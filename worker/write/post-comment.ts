// A new comment, the whole pipeline: parse (done by the route) → preflight (one batch) → decide (pure) → commit (one
// batch). With the route's site lookup, a comment costs three D1 round trips.
import type { Context } from 'hono'
import type { PostCommentRequest } from '../api-types'
import type { Site } from '../domain'
import { normaliseEmail } from '../email-address'
import type { AppEnv } from '../env'
import { renderMarkdown } from '../markdown'
import { keyedHash } from '../tokens'
import { commitComment, type CommentCommit } from './commit'
import { decideComment, needsKnownAuthor } from './decide'
import { preflight } from './preflight'

export async function postComment(c: Context<AppEnv>, site: Site, req: PostCommentRequest): Promise<CommentCommit> {
  const email = req.email ?? null
  const emailNormalized = email === null ? null : normaliseEmail(email)
  const parentId = req.parentId ?? null
  const facts = await preflight(c, {
    action: 'post',
    site,
    threadKey: req.thread,
    parentId,
    emailNormalized,
    askKnownAuthor: needsKnownAuthor(site, emailNormalized),
    challengeToken: req.challengeToken,
    challengeAnswer: req.challengeAnswer,
  })
  const decision = decideComment(site, { parentId, email, follow: req.follow ?? false }, facts)
  const target = { siteId: site.id, threadKey: req.thread }
  const avatarSeed = emailNormalized ?? req.name.toLowerCase()
  return commitComment(
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
        avatar: (await keyedHash(c.env.SIGNING_KEY, `avatar:${avatarSeed}`)).slice(0, 8),
        body: req.body,
        html: renderMarkdown(req.body),
        status: decision.status,
        ipHash: facts.ipHash,
      },
      follow:
        decision.follow && email !== null && emailNormalized !== null ? { ...target, email, emailNormalized } : null,
      ownerEmail: decision.ownerEmail,
    },
    c.get('now'),
  )
}
