// English: every sentence of the reader's own page, its link's mail and the page that asks for one; and their shape,
// which every language's file follows.
import type { CommentStatus, EraseMode, FollowerState } from '../domain'

/** What the page says after an action (the `done` of its 303 back to itself). */
export const ME_DONE = ['mode', 'left', 'left_all', 'erased', 'not_erased', 'gone'] as const
export type MeDone = (typeof ME_DONE)[number]

export type MeStrings = {
  linkSubject: (site: string) => string
  linkIntro: (site: string) => string
  linkAction: string
  linkValid: string
  /** The footer link of every mail to a reader: the page that asks for a link to their own page. */
  manage: string
  askTitle: string
  askBody: (site: string) => string
  askAction: string
  askSent: string
  title: (site: string) => string
  intro: (email: string) => string
  follows: string
  noFollows: string
  states: Record<Exclude<FollowerState, 'unsubscribed'>, string>
  saveMode: string
  leave: string
  leaveAll: string
  comments: string
  noComments: string
  older: string
  statuses: Record<CommentStatus, string>
  yourData: string
  download: string
  eraseTitle: string
  eraseBody: Record<EraseMode, string>
  eraseConfirm: string
  erase: string
  done: Record<MeDone, string>
  /** What stands in place of an erased comment's name and text. */
  removed: string
}

export const en: MeStrings = {
  linkSubject: (site) => `Your link to your page at ${site}`,
  linkIntro: (site) =>
    `Someone, hopefully you, asked for a link to your page at ${site}: the discussions you follow, your comments and your data.`,
  linkAction: 'Open my page',
  linkValid: 'The link works for 24 hours. If you did not ask for it, ignore this email: nothing changes.',
  manage: 'Manage your emails on this site',
  askTitle: 'Your page on this site',
  askBody: (site) =>
    `On your page at ${site} you see the discussions you follow and your comments, and can stop emails, download or erase your data. We email a link to it to the address this email came to.`,
  askAction: 'Email me the link',
  askSent: 'If this address is known here, a link is on its way. It works for 24 hours.',
  title: (site) => `Your page at ${site}`,
  intro: (email) => `Everything ${email} has here.`,
  follows: 'Discussions you follow',
  noFollows: 'You follow no discussion here.',
  states: { pending: 'not confirmed yet', active: 'following' },
  saveMode: 'Save',
  leave: 'Stop following',
  leaveAll: 'Stop following all discussions',
  comments: 'Your comments',
  noComments: 'There are no comments with this address here.',
  older: 'Older comments',
  statuses: { published: 'published', pending: 'awaiting approval' },
  yourData: 'Your data',
  download: 'Download my data (JSON)',
  eraseTitle: 'Erase me',
  eraseBody: {
    anonymise:
      'Your comments stay in place as "removed", without your name, address, website or text; you stop following every discussion here. This cannot be undone.',
    delete:
      'Your comments are deleted (replies to them stay) and you stop following every discussion here. This cannot be undone.',
  },
  eraseConfirm: 'Yes, erase my comments and follows on this site',
  erase: 'Erase me',
  done: {
    mode: 'Saved.',
    left: 'You no longer follow that discussion.',
    left_all: 'You no longer follow any discussion here.',
    erased: 'Your comments and follows on this site are erased.',
    not_erased: 'Nothing was erased: tick the box to confirm first.',
    gone: 'That discussion is not among yours (any more).',
  },
  removed: 'removed',
}
