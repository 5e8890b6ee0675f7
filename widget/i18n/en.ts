// English: every string parley.js shows (the forms' own are in widget/form/i18n/), and a message for every error code
// the API can send.
import type { ErrorKind } from '../api'

export const en = {
  comments: 'Comments',
  count: (n: number) => `${n} comment${n === 1 ? '' : 's'}`,
  empty: 'No comments yet',
  loading: 'Loading…',
  retry: 'Try again',
  more: 'More comments',
  reply: 'Reply',
  replyTo: (name: string) => `Reply to ${name}`,
  inReplyTo: (name: string) => `in reply to ${name}`,
  pending: 'awaiting approval',
  edited: 'edited',
  share: 'Share',
  copied: 'Link copied.',
  edit: 'Edit',
  del: 'Delete',
  write: 'Write a comment',
  body: 'Comment',
  bodyHint: 'Markdown is supported. At most 5000 characters.',
  followOpen: 'Follow this discussion',
  // What reading can meet; the codes that only writing meets are in widget/form/i18n/.
  errors: {
    validation_failed: 'Please check the form.',
    forbidden_origin: 'Comments are not enabled for this site.',
    not_found: 'Not found.',
    internal: 'Something went wrong. Please try again later.',
    network: 'No connection to the comment server. Please try again.',
  } satisfies Partial<Record<ErrorKind, string>>,
}

export type Strings = typeof en
