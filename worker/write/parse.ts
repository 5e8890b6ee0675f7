// The first step of every public write: the JSON body read into the API's request types, each field checked against
// the limits the widget shares (worker/limits.ts). Pure: nothing here touches D1.
import type { EditCommentRequest, FollowRequest, MeLinkRequest, PostCommentRequest } from '../api-types'
import type { Site } from '../domain'
import { ApiError, invalid } from '../errors'
import { LIMITS } from '../limits'
import {
  optionalBoolean,
  optionalEmail,
  optionalHttpUrl,
  optionalId,
  optionalLabel,
  optionalText,
  requiredEmail,
  requiredName,
  requiredText,
  type Input,
} from '../validate'

type ThreadTarget = Pick<PostCommentRequest, 'site' | 'thread' | 'threadTitle' | 'threadUrl'>
type Challenge = Pick<PostCommentRequest, 'challengeToken' | 'challengeAnswer' | 'turnstileToken'>

/** What the widget sends for a new comment or reply. */
export function readPostComment(input: Input, site: Site, fromSite: boolean): PostCommentRequest {
  const email = optionalEmail(input, 'email') ?? undefined
  const follow = optionalBoolean(input, 'follow')
  if (follow && email === undefined) throw invalid('email', 'An email address is needed to follow this discussion.')
  // The honeypot is hidden from people; only form-filling bots put something in it.
  if (optionalText(input, 'hp', 500) !== null) {
    throw new ApiError('bad_request', 'This comment looks automated and was not saved.')
  }
  return {
    ...readThreadTarget(input, site, fromSite),
    parentId: optionalId(input, 'parentId'),
    name: requiredName(input, 'name', LIMITS.name),
    email,
    website: optionalHttpUrl(input, 'website', LIMITS.website) ?? undefined,
    body: readBody(input),
    follow,
    ...readChallenge(input),
    authorToken: typeof input.authorToken === 'string' ? input.authorToken : undefined,
  }
}

/** Following a thread without commenting. */
export function readFollow(input: Input, site: Site, fromSite: boolean): FollowRequest {
  return { ...readThreadTarget(input, site, fromSite), email: requiredEmail(input, 'email'), ...readChallenge(input) }
}

/** A reader asking for the link to their own page on the site. */
export function readMeLink(input: Input, site: Site): MeLinkRequest {
  return { site: site.id, email: requiredEmail(input, 'email'), ...readChallenge(input) }
}

/** An author's correction of their own comment. */
export function readEdit(input: Input): EditCommentRequest {
  return { body: readBody(input) }
}

/** A comment's Markdown, as posted, edited or previewed: one rule, so a preview is refused exactly as a post would be. */
export const readBody = (input: Input): string => requiredText(input, 'body', LIMITS.body, true)

/**
 * The thread's title and URL go into the subject and the links of every mail sent in the site's name, so they are
 * taken only from a request of the site's own page (`fromSite`: its Origin is one the site lists), and the URL only
 * when it is on one of those origins. Anyone may write without an Origin; such a request names its thread by key alone.
 */
function readThreadTarget(input: Input, site: Site, fromSite: boolean): ThreadTarget {
  const thread = requiredText(input, 'thread', LIMITS.thread)
  const title = optionalLabel(input, 'threadTitle', LIMITS.threadTitle)
  const url = optionalHttpUrl(input, 'threadUrl', LIMITS.threadUrl)
  if (!fromSite) return { site: site.id, thread }
  const onSite = url !== null && site.allowedOrigins.includes(new URL(url).origin)
  return { site: site.id, thread, threadTitle: title ?? undefined, threadUrl: onSite ? url : undefined }
}

// A missing or mistyped token or answer is a failed challenge (403), like a wrong one, not a validation error.
function readChallenge(input: Input): Challenge {
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const turnstileToken = typeof input.turnstileToken === 'string' ? input.turnstileToken : undefined
  return { challengeToken: text(input.challengeToken), challengeAnswer: text(input.challengeAnswer), turnstileToken }
}
