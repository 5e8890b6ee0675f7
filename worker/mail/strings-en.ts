// English: every sentence of Parley's mails and follow pages, and their shape, which the other languages follow.
// Values are plain text, escaped where used.

export type Strings = {
  confirmSubject: (title: string) => string
  confirmIntro: (title: string, site: string) => string
  confirmAction: string
  confirmIgnore: string
  alreadySubject: (title: string) => string
  alreadyIntro: (title: string, site: string) => string
  alreadyAction: string
  notifySubject: (title: string) => string
  wrote: (name: string, title: string) => string
  notifyAction: string
  notifyWhy: (site: string) => string
  unsubscribe: string
  ownerSubject: (name: string, title: string, held: boolean) => string
  ownerHeld: string
  ownerAction: string
  ownerWhy: (site: string) => string
  invalidLinkTitle: string
  invalidLinkBody: string
  confirmAskTitle: string
  confirmAskBody: (title: string) => string
  confirmedTitle: string
  confirmedBody: (title: string) => string
  notFollowingTitle: string
  notFollowingBody: (title: string) => string
  unsubscribeAskTitle: string
  unsubscribeAskBody: (title: string) => string
  unsubscribedTitle: string
  unsubscribedBody: (title: string) => string
  backToDiscussion: string
}

export const en: Strings = {
  confirmSubject: (title) => `Confirm that you want to follow "${title}"`,
  confirmIntro: (title, site) =>
    `Someone, hopefully you, asked to get an email when new comments appear on "${title}" at ${site}.`,
  confirmAction: 'Yes, email me about new comments',
  confirmIgnore: 'If that was not you, ignore this email: without a click you will get nothing more from us.',
  alreadySubject: (title) => `You already follow "${title}"`,
  alreadyIntro: (title, site) =>
    `Someone, hopefully you, asked to follow "${title}" at ${site}. This address follows it already: there is nothing to do.`,
  alreadyAction: 'Go to the discussion',
  notifySubject: (title) => `New comment on "${title}"`,
  wrote: (name, title) => `${name} wrote on "${title}":`,
  notifyAction: 'Read and reply',
  notifyWhy: (site) => `You get this email because you follow this discussion on ${site}.`,
  unsubscribe: 'Unsubscribe',
  ownerSubject: (name, title, held) => `${held ? '[Awaiting moderation] ' : ''}New comment by ${name} on "${title}"`,
  ownerHeld: 'This comment is held until you approve it.',
  ownerAction: 'View the discussion',
  ownerWhy: (site) => `You get this email because comment notifications are on for ${site}.`,
  invalidLinkTitle: 'This link does not work',
  invalidLinkBody:
    'The link is not valid or has expired. Copy the whole link from the email, or follow the discussion again from its page.',
  confirmAskTitle: 'Follow this discussion?',
  confirmAskBody: (title) => `Get an email when a new comment appears on "${title}". Every email has a link to stop.`,
  confirmedTitle: 'You are following this discussion',
  confirmedBody: (title) =>
    `You will get an email when a new comment appears on "${title}". Every email has a link to stop.`,
  notFollowingTitle: 'You are not following this discussion',
  notFollowingBody: (title) => `You unsubscribed from "${title}". To follow it again, use the form on its page.`,
  unsubscribeAskTitle: 'Stop emails about this discussion?',
  unsubscribeAskBody: (title) => `You get an email for each new comment on "${title}".`,
  unsubscribedTitle: 'You are unsubscribed',
  unsubscribedBody: (title) => `You will get no more emails about "${title}".`,
  backToDiscussion: 'Back to the discussion',
}
