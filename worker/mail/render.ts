// Decides what an outbox row becomes right before it is sent: the mail in the site's language, or a reason to cancel it.
import { moderationLinks } from '../moderation/links'
import { MODERATION_STRINGS } from '../moderation/strings'
import type { Delivery, RenderedMail, ThreadDelivery } from '../db/outbox-delivery'
import type { Language } from '../domain'
import { isMailbox } from '../email-address'
import type { Env } from '../env'
import { manageLink } from './reader-mail'
import { compose } from './compose'
import { planDigest } from './render-digest'
import { commentLink, followerLink } from './links'
import { STRINGS } from './strings'
import { oneLine } from '../text'

export type MailPlan = { send: RenderedMail } | { cancel: string }

const NAME_MAX = 80

/**
 * Checks the row against the current state first, so a follower who left or a comment that was removed after the
 * fan-out gets no mail, even on a retry. A row rendered before is sent exactly as it was rendered.
 */
export async function planMail(env: Env, delivery: Delivery, nowMs: number): Promise<MailPlan> {
  if (!isMailbox(delivery.recipient)) return { cancel: 'recipient is not a valid mailbox' }
  // A reader's link is rendered when it is queued (db/me-links.ts): the request knew the site and the address.
  if (delivery.kind === 'me_link') return delivery.rendered ? { send: delivery.rendered } : { cancel: 'not rendered' }
  const { thread } = delivery
  if (!thread) return { cancel: 'the row names no thread' }
  const d: ThreadDelivery = { ...delivery, thread }
  const s = STRINGS[d.site.language]
  const title = oneLine(d.thread.title || d.thread.key)
  const site = oneLine(d.site.name, NAME_MAX)
  const base = { language: d.site.language }

  if (d.kind === 'confirm') {
    const state = d.follower?.state
    if (!d.follower || (state !== 'pending' && state !== 'active')) return { cancel: 'follower left' }
    if (d.rendered) return { send: d.rendered }
    if (state === 'active') {
      const unsubscribe = { label: s.unsubscribe, url: await followerLink(env, 'unsubscribe', d.follower.id, nowMs) }
      return {
        send: compose({
          ...base,
          subject: s.alreadySubject(title),
          paragraphs: [s.alreadyIntro(title, site)],
          action: { label: s.alreadyAction, url: commentLink(env, d.thread.url, null) },
          footer: [s.confirmIgnore],
          manage: await manageLink(env, d.site, d.recipient, nowMs),
          unsubscribe,
        }),
      }
    }
    const url = await followerLink(env, 'follow_confirm', d.follower.id, nowMs)
    return {
      send: compose({
        ...base,
        subject: s.confirmSubject(title),
        paragraphs: [s.confirmIntro(title, site)],
        action: { label: s.confirmAction, url },
        footer: [s.confirmIgnore],
        manage: await manageLink(env, d.site, d.recipient, nowMs),
      }),
    }
  }

  const comment = d.comment
  if (d.kind === 'notify' && d.digest) return planDigest(env, { ...d, digest: d.digest }, nowMs)
  if (d.kind === 'notify') {
    if (d.follower?.state !== 'active') return { cancel: 'follower is no longer active' }
    if (comment?.status !== 'published') return { cancel: 'comment is no longer published' }
    if (d.rendered) return { send: d.rendered }
    const name = oneLine(comment.name, NAME_MAX)
    return {
      send: compose({
        ...base,
        subject: s.notifySubject(title),
        paragraphs: [s.wrote(name, title)],
        quote: { text: comment.body, html: comment.html },
        action: { label: s.notifyAction, url: commentLink(env, d.thread.url, comment.id) },
        footer: [s.notifyWhy(site)],
        manage: await manageLink(env, d.site, d.recipient, nowMs),
        unsubscribe: { label: s.unsubscribe, url: await followerLink(env, 'unsubscribe', d.follower.id, nowMs) },
      }),
    }
  }

  if (!d.site.notifyOwner) return { cancel: 'owner notifications were turned off' }
  if (comment?.status !== 'published' && comment?.status !== 'pending') return { cancel: 'comment was removed' }
  if (d.rendered) return { send: d.rendered }
  const name = oneLine(comment.name, NAME_MAX)
  const held = comment.status === 'pending'
  return {
    send: compose({
      ...base,
      subject: s.ownerSubject(name, title, held),
      paragraphs: [s.wrote(comment.email ? `${name} <${comment.email}>` : name, title), ...(held ? [s.ownerHeld] : [])],
      quote: { text: comment.body, html: comment.html },
      action: { label: s.ownerAction, url: commentLink(env, d.thread.url, comment.id) },
      links: await ownerLinks(env, d.site.language, comment, nowMs),
      footer: [s.ownerWhy(site)],
    }),
  }
}

/** The owner's single-use moderation links for the comment as it stands (approve only while held), and the admin page. */
async function ownerLinks(env: Env, language: Language, comment: NonNullable<Delivery['comment']>, nowMs: number) {
  const m = MODERATION_STRINGS[language]
  const links = await moderationLinks(env, comment.id, comment.status, nowMs)
  return [
    ...links.map(({ action, url }) => ({ label: m.link[action], url })),
    { label: m.adminPage, url: new URL('/admin', env.PUBLIC_URL).href },
  ]
}
