// The first step of every public write: the JSON body read into the API's request types, each field checked against
// the limits the widget shares (worker/limits.ts). Pure: nothing here touches D1.
import type { EditCommentRequest, FollowRequest, PostCommentRequest } from '../api-types'
import type { Site } from '../domain'
import { ApiError, invalid } from '../errors'
import { LIMITS } from '../limits'
import {
  optionalBoolean,
  optionalEmail,
  optionalHttpUrl,
  optionalId,
  optionalText,
  requiredEmail,
  requiredText,
  type Input,
} from '../validate'

type ThreadTarget = Pick<PostCommentRequest, 'site' | 'thread' | 'threadTitle' | 'threadUrl'>
type Challenge = Pick<PostCommentRequest, 'challengeToken' | 'challengeAnswer'>

/** What the widget sends for a new comment or reply. */
export function readPostComment(input: Input, site: Site): PostCommentRequest {
  const email = optionalEmail(input, 'email') ?? undefined
  const follow = optionalBoolean(input, 'follow')
  if (follow && email === undefined) throw invalid('email', 'An email address is needed to follow this discussion.')
  // The honeypot is hidden from people; only form-filling bots put something in it.
  if (optionalText(input, 'hp', 500) !== null) {
    throw new ApiError('bad_request', 'This comment looks automated and was not saved.')
  }
  return {
    ...readThreadTarget(input, site),
    parentId: optionalId(input, 'parentId'),
    name: requiredText(input, 'name', LIMITS.name),
    email,
    website: optionalHttpUrl(input, 'website', LIMITS.website) ?? undefined,
    body: requiredText(input, 'body', LIMITS.body, true),
    follow,
    ...readChallenge(input),
  }
}

/** Following a thread without commenting. */
export function readFollow(input: Input, site: Site): FollowRequest {
  return { ...readThreadTarget(input, site), email: requiredEmail(input, 'email'), ...readChallenge(input) }
}

/** An author's correction of their own comment. */
export function readEdit(input: Input): EditCommentRequest {
  return { body: requiredText(input, 'body', LIMITS.body, true) }
}

function readThreadTarget(input: Input, site: Site): ThreadTarget {
  return {
    site: site.id,
    thread: requiredText(input, 'thread', LIMITS.thread),
    threadTitle: optionalText(input, 'threadTitle', LIMITS.threadTitle) ?? undefined,
    threadUrl: threadUrlOnSite(input, site),
  }
}

// The first writer sets the URL that every follower's mail links to, and anyone may write without an Origin: a URL off
// the site's own origins would put someone else's link into mails sent in the site's name. It is dropped (mails link to
// this Worker, as for a page that sent no URL), and a later comment from the page itself fills it in.
function threadUrlOnSite(input: Input, site: Site): string | undefined {
  const url = optionalHttpUrl(input, 'threadUrl', LIMITS.threadUrl)
  return url !== null && site.allowedOrigins.includes(new URL(url).origin) ? url : undefined
}

// A missing or mistyped token or answer is a failed challenge (403), like a wrong one, not a validation error.
function readChallenge(input: Input): Challenge {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  return { challengeToken: text(input.challengeToken), challengeAnswer: text(input.challengeAnswer) }
}
