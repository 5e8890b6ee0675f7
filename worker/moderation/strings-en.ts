// English: every sentence about moderating one comment from a mail (the links in the owner's mail and the pages behind
// them), and their shape, which the other languages follow. Values are plain text, escaped where used.
import type { ModerationAction, StoredStatus } from '../domain'

export type ModerationStrings = {
  link: Record<ModerationAction, string>
  adminPage: string
  askTitle: Record<ModerationAction, string>
  ask: (name: string, title: string) => string
  button: Record<ModerationAction, string>
  doneTitle: Record<ModerationAction, string>
  done: Record<ModerationAction, string>
  usedTitle: string
  used: string
  stateTitle: string
  state: (status: StoredStatus) => string
  invalidTitle: string
  invalid: string
  goneTitle: string
  gone: string
  brokenTitle: string
  broken: string
}

const enStatus: Record<StoredStatus, string> = {
  published: 'published',
  pending: 'awaiting approval',
  deleted: 'deleted',
  spam: 'marked as spam',
}
export const en: ModerationStrings = {
  link: { approve: 'Approve', delete: 'Delete', spam: 'Mark as spam' },
  adminPage: 'Open the admin page',
  askTitle: { approve: 'Approve this comment?', delete: 'Delete this comment?', spam: 'Mark this comment as spam?' },
  ask: (name, title) => `The comment by ${name} on "${title}".`,
  button: { approve: 'Yes, approve and publish', delete: 'Yes, delete', spam: 'Yes, mark as spam' },
  doneTitle: { approve: 'Comment approved', delete: 'Comment deleted', spam: 'Comment marked as spam' },
  done: {
    approve: 'It is published now, and the people who follow the discussion get their email.',
    delete: 'It no longer shows in the discussion.',
    spam: 'It no longer shows in the discussion, and stays in the spam list on the admin page.',
  },
  usedTitle: 'This link was already used',
  used: 'Each link in the email works once. See the comment and everything else on the admin page.',
  stateTitle: 'Nothing to do',
  state: (status) => `This comment is ${enStatus[status]} already, so this link can no longer change it.`,
  invalidTitle: 'This link does not work',
  invalid:
    'The link is not valid for this comment, or it has expired. Copy the whole link from the email, or use the admin page.',
  goneTitle: 'Comment not found',
  gone: 'This comment does not exist (any more).',
  brokenTitle: 'Something went wrong',
  broken: 'The comment was not changed. Try again in a moment, or use the admin page.',
}
