// English words of the forms: every label, status and field message that only a reader who writes needs, and the
// messages of the error codes only a form's request meets. They come with the forms chunk (widget/form/index.ts), so
// the first load carries only what reading the thread shows.
import type { ErrorKind } from '../api'

/** The codes only the forms' requests (writes with a JSON body, the code, the preview) get: reading never does. */
export type FormErrorKind = Extract<
  ErrorKind,
  | 'bad_request'
  | 'validation_failed'
  | 'challenge_failed'
  | 'unauthorized'
  | 'conflict'
  | 'payload_too_large'
  | 'rate_limited'
>

export const formEn = {
  edit: 'Edit',
  del: 'Delete',
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
  codeAlt: 'Image with a code of 5 or 6 letters and digits: type it in below',
  codeLabel: 'Code from the image',
  codeNew: "Can't read it? Get a new code",
  codeReady: 'New code shown.',
  tryAgain: 'Too many attempts. Please try again',
  proofOffer: "Can't see it? Let your browser solve a puzzle instead",
  proofBack: 'Use the image code',
  proofWorking: 'Your browser is solving a puzzle: a second or two.',
  proofDone: (s: string) => `Puzzle solved in ${s} s. You can send now.`,
  followEmail: 'Email',
  followSubmit: 'Follow',
  save: 'Save',
  delAsk: 'Delete this comment?',
  delYes: 'Yes, delete',
  deleted: 'Comment deleted.',
  cancel: 'Cancel',
  preview: 'Preview',
  previewShown: 'Preview shown.',
  saved: 'Saved.',
  fields: {
    name: 'Please enter your name.',
    email: 'Please enter a valid email address.',
    followEmail: 'Enter your email address to be notified.',
    website: 'Enter a web address starting with https://.',
    body: 'Please write your comment.',
    parentId: 'The comment you reply to is gone.',
    challengeAnswer: 'Type the code from the image.',
    proof: 'Wait until the puzzle is solved.',
    turnstile: 'Wait until the check below says you may send.',
  },
  errors: {
    bad_request: 'Invalid request. Reload the page and try again.',
    validation_failed: 'Please check the form.',
    challenge_failed: 'Wrong code. Please type the new one.',
    unauthorized: 'This can no longer be changed.',
    conflict: 'Changed in the meantime. Reload the page.',
    payload_too_large: 'Too long.',
    rate_limited: 'Too many attempts. Please try again later.',
  } satisfies Record<FormErrorKind, string>,
}

export type FormWords = typeof formEn
