// What an owner's webhook is sent about a comment: Parley's own JSON, or a message in the format of Slack's, Discord's
// or Telegram's incoming webhooks. Rendered once, at the first claim, and stored: every retry sends the same bytes.
import type { Delivery, RenderedMail, ThreadDelivery } from '../db/outbox-delivery'
import type { ModerationAction, WebhookFormat } from '../domain'
import type { Env } from '../env'
import { moderationLinks } from '../moderation/links'
import { MODERATION_STRINGS } from '../moderation/strings'
import { telegramChatId } from '../site-rules'
import { escapeHtml, oneLine } from '../text'
import { commentLink } from './links'
import { STRINGS } from './strings'

export type WebhookEvent = 'comment.published' | 'comment.held'
export type WebhookPlan = { send: RenderedMail } | { cancel: string }

type Comment = NonNullable<Delivery['comment']>
type Facts = { d: ThreadDelivery; comment: Comment; event: WebhookEvent; url: string; actions: Link[] }
type Link = { action: ModerationAction; url: string }

/** Checked against the current state, as a mail is: no call for a comment removed, or a webhook turned off, meanwhile. */
export async function planWebhook(env: Env, delivery: Delivery, nowMs: number): Promise<WebhookPlan> {
  const { thread, site } = delivery
  if (!thread) return { cancel: 'the row names no thread' }
  const d: ThreadDelivery = { ...delivery, thread }
  const webhook = site.webhook
  if (!webhook) return { cancel: 'the webhook was turned off' }
  const comment = d.comment
  if (comment?.status !== 'published' && comment?.status !== 'pending') return { cancel: 'comment was removed' }
  if (d.rendered) return { send: d.rendered }
  const event = comment.status === 'pending' ? 'comment.held' : 'comment.published'
  const actions = await moderationLinks(env, comment.id, comment.status, nowMs)
  const facts = { d, comment, event, url: commentLink(env, d.thread.url, comment.id), actions } satisfies Facts
  const body = JSON.stringify(BODIES[webhook.format](facts, webhook.url))
  return { send: { subject: event, text: body, html: '', headers: { 'X-Parley-Event': event } } }
}

const BODIES: Record<WebhookFormat, (f: Facts, webhookUrl: string) => unknown> = {
  // The author's address stays out of every body: a chat channel is wider than the owner's inbox.
  parley: ({ d, comment, event, url, actions }) => ({
    type: event,
    site: d.site.id,
    thread: { key: d.thread.key, title: d.thread.title, url: d.thread.url },
    comment: {
      id: comment.id,
      parentId: comment.parentId,
      name: comment.name,
      html: comment.html,
      text: comment.body,
      createdAt: new Date(comment.createdAt).toISOString(),
      status: comment.status,
      url,
    },
    ...(actions.length ? { actions: Object.fromEntries(actions.map((a) => [a.action, a.url])) } : {}),
  }),
  // Slack reads <…> as links and mentions (<!channel>), so the three characters it names are escaped in what readers wrote.
  slack: (f) => ({
    text: chat(
      f,
      3000,
      (s) => s.replace(/[&<>]/g, (ch) => SLACK[ch]!),
      (l) => `${l.label}: ${l.url}`,
    ),
  }),
  // Markdown escaped, and no mention of any kind may ping: a comment saying @everyone stays text.
  discord: (f) => ({
    content: chat(
      f,
      2000,
      (s) => s.replace(/[\\*_~`|>#[\]()<@:-]/g, '\\$&'),
      (l) => `${l.label}: ${l.url}`,
    ),
    allowed_mentions: { parse: [] },
  }),
  telegram: (f, webhookUrl) => ({
    chat_id: telegramChatId(webhookUrl),
    text: chat(f, 4096, escapeHtml, (l) => `<a href="${escapeHtml(l.url)}">${escapeHtml(l.label)}</a>`),
    parse_mode: 'HTML',
    link_preview_options: { is_disabled: true },
  }),
}

const SLACK: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }

/**
 * The message a chat shows, in the site's language, as the owner's mail says it: the headline, the comment's text,
 * the link to it and the moderation links. What readers wrote goes through `escape`; the comment is cut until the
 * whole fits the service's limit.
 */
function chat(
  { d, comment, url, actions }: Facts,
  limit: number,
  escape: (s: string) => string,
  link: (l: { label: string; url: string }) => string,
): string {
  const s = STRINGS[d.site.language]
  const m = MODERATION_STRINGS[d.site.language]
  const title = oneLine(d.thread.title || d.thread.key)
  const headline = escape(s.ownerSubject(oneLine(comment.name, 80), title, comment.status === 'pending'))
  const links = [{ label: s.ownerAction, url }, ...actions.map((a) => ({ label: m.link[a.action], url: a.url }))]
  const tail = links.map(link).join('\n')
  for (let max = 1000; ; max -= 100) {
    const text = comment.body.length > max ? `${comment.body.slice(0, Math.max(0, max))}…` : comment.body
    const message = `${headline}\n\n${escape(text)}\n\n${tail}`
    if (message.length <= limit || max <= 0) return message
  }
}
