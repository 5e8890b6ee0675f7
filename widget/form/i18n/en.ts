// English words of the forms (parley-form.js): fields, the code, progress, a message for each refused field, and for
// each error code that only writing meets.
import type { ErrorKind } from '../../api'
import type { en as reader } from '../../i18n/en'

export const en = {
  name: 'Name',
  email: 'Email (optional)',
  emailHint: 'Only to notify you, never shown.',
  website: 'Website (optional)',
  follow: 'Email me when more comments appear on this article',
  honeypot: 'Leave empty',
  post: 'Post comment',
  sending: 'Sending…',
  posted: 'Comment posted.',
  postedPending: 'Comment posted; it is awaiting approval.',
  followSent: 'Check your mailbox to confirm.',
  followAlready: 'You already follow this discussion.',
  codeAlt: 'Image with a code of 5 or 6 letters and digits: type it in below',
  codeLabel: 'Code from the image',
  codeNew: "Can't read it? Get a new code",
  codeReady: 'New code shown.',
  followEmail: 'Email',
  followSubmit: 'Follow',
  save: 'Save',
  delAsk: 'Delete this comment?',
  delYes: 'Yes, delete',
  deleted: 'Comment deleted.',
  cancel: 'Cancel',
  saved: 'Saved.',
  fields: {
    name: 'Please enter your name.',
    email: 'Please enter a valid email address.',
    followEmail: 'Enter your email address to be notified.',
    website: 'Enter a web address starting with https://.',
    body: 'Please write a comment of at most 5000 characters.',
    parentId: 'The comment you reply to is gone.',
    challengeAnswer: 'Type the code from the image.',
  },
  // Every code the reader's catalogue (widget/i18n/) leaves out.
  errors: {
    bad_request: 'Invalid request. Reload the page and try again.',
    challenge_failed: 'Wrong code. Please type the new one.',
    unauthorized: 'This can no longer be changed.',
    conflict: 'Changed in the meantime. Reload the page.',
    payload_too_large: 'Too long.',
    rate_limited: 'Too many attempts. Please wait a few minutes and try again.',
  } satisfies Record<Exclude<ErrorKind, keyof typeof reader.errors>, string>,
}

export type FormStrings = typeof en
