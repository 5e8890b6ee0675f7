// English: every string the widget shows before a reader writes, and a message for every error code that reading can
// meet. parley.js imports the reader's language as a chunk of its own, beside the widget's code; the forms' words, and
// the messages of the codes only they meet, come with the forms (widget/form/words-en.ts).
import type { Language } from '../../worker/domain'
import type { ErrorKind } from '../api'
import type { FormErrorKind } from '../form/words-en'

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
    forbidden_origin: 'Comments are not enabled for this site.',
    not_found: 'Not found.',
    internal: 'Something went wrong. Please try again later.',
    network: 'No connection to the comment server. Please try again.',
  } satisfies Record<Exclude<ErrorKind, FormErrorKind>, string>,
}

/** The words of the first load. */
export type Words = typeof en
