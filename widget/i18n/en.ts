// English: every string the widget shows before a reader writes, and a message for every error code. parley.js imports
// the reader's language as a chunk of its own, beside the widget's code; the forms' words come with the forms
// (widget/form/words-en.ts).
import type { Language } from '../../worker/domain'
import type { ErrorKind } from '../api'

export const en = {
  lang: 'en' as Language,
  comments: 'Comments',
  count: (n: number) => `${n} comment${n === 1 ? '' : 's'}`,
  empty: 'No comments yet',
  loading: 'Loading…',
  retry: 'Try again',
  more: 'More comments',
  newest: 'Newest first',
  prev: 'Previous comments',
  reply: 'Reply',
  replyTo: (name: string) => `Reply to ${name}`,
  inReplyTo: (name: string) => `in reply to ${name}`,
  pending: 'awaiting approval',
  edited: 'edited',
  share: 'Share',
  copied: 'Link copied.',
  write: 'Write a comment',
  body: 'Comment',
  /** `max`: LIMITS.body (worker/limits.ts), the server's own limit. */
  bodyHint: (max: number) => `Markdown is supported. At most ${max} characters.`,
  followOpen: 'Follow this discussion',
  manageOpen: 'Manage my email',
  feed: 'Feed of this discussion',
  errors: {
    bad_request: 'Invalid request. Reload the page and try again.',
    validation_failed: 'Please check the form.',
    challenge_failed: 'Wrong code. Please type the new one.',
    unauthorized: 'This can no longer be changed.',
    forbidden_origin: 'Comments are not enabled for this site.',
    not_found: 'Not found.',
    conflict: 'Changed in the meantime. Reload the page.',
    payload_too_large: 'Too long.',
    rate_limited: 'Too many attempts. Please try again later.',
    internal: 'Something went wrong. Please try again later.',
    network: 'No connection to the comment server. Please try again.',
  } satisfies Record<ErrorKind, string>,
}

/** The words of the first load. */
export type Words = typeof en
