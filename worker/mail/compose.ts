// The one layout of every mail: paragraphs, an optional quoted comment, one action link and a footer, as text and HTML.
import type { Language } from '../domain'
import type { RenderedMail } from '../db/outbox-delivery'
import { escapeHtml, oneLine } from '../text'

export type MailParts = {
  language: Language
  subject: string
  paragraphs: string[]
  /** The comment: its Markdown source for the text part, and its server-rendered (already safe) HTML. */
  quote?: Quote
  /** A digest's comments, each under its own line ("Ann wrote:"), after the paragraphs. */
  quotes?: (Quote & { lead: string })[]
  action: { label: string; url: string }
  /** Further links under the action: the owner's approve / delete / spam links and the admin page. */
  links?: { label: string; url: string }[]
  footer: string[]
  /** The page that mails the reader a link to their own page on the site (never that page itself: mails get forwarded). */
  manage?: { label: string; url: string }
  unsubscribe?: { label: string; url: string }
}

type Quote = { text: string; html: string }

const quotedText = (q: Quote) =>
  q.text
    .split('\n')
    .map((line) => `> ${line}`.trimEnd())
    .join('\n')
const quotedHtml = (q: Quote) =>
  `<blockquote style="margin:16px 0;padding:0 16px;border-left:3px solid #d0d7de;color:#424a53">${q.html}</blockquote>`

const BUTTON =
  'display:inline-block;padding:10px 16px;background:#2754c5;color:#ffffff;border-radius:6px;text-decoration:none'

/** "Label: URL" in the text part; French typography puts a non-breaking space before the colon. */
const labelled = (language: Language, { label, url }: { label: string; url: string }) =>
  `${label}${language === 'fr' ? '\u00a0' : ''}: ${url}`

export function compose(parts: MailParts): RenderedMail {
  const subject = oneLine(parts.subject)
  const { unsubscribe, language } = parts
  const links = [parts.manage, unsubscribe].filter((link) => link !== undefined)
  const footer = [...parts.footer, ...links.map((link) => labelled(language, link))]
  const text = [
    ...parts.paragraphs,
    ...(parts.quote ? [quotedText(parts.quote)] : []),
    ...(parts.quotes ?? []).flatMap((q) => [q.lead, quotedText(q)]),
    labelled(language, parts.action),
    ...(parts.links?.length ? [parts.links.map((link) => labelled(language, link)).join('\n')] : []),
    `-- \n${footer.join('\n')}`,
  ].join('\n\n')

  const footerHtml = [
    ...parts.footer.map(escapeHtml),
    ...links.map((link) => `<a href="${escapeHtml(link.url)}" style="color:#666666">${escapeHtml(link.label)}</a>`),
  ].join('<br>')
  const html = `<!doctype html>
<html lang="${parts.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f4f5;font:16px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:#1f2328">
<div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px">
${parts.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${parts.quote ? quotedHtml(parts.quote) : ''}
${(parts.quotes ?? []).map((q) => `<p>${escapeHtml(q.lead)}</p>\n${quotedHtml(q)}`).join('\n')}
<p><a href="${escapeHtml(parts.action.url)}" style="${BUTTON}">${escapeHtml(parts.action.label)}</a></p>
${parts.links?.length ? `<p>${parts.links.map((link) => `<a href="${escapeHtml(link.url)}" style="color:#2754c5">${escapeHtml(link.label)}</a>`).join(' &middot; ')}</p>` : ''}
<p style="margin-top:24px;font-size:13px;color:#666666">${footerHtml}</p>
</div></body></html>`

  const headers: Record<string, string> = { 'Auto-Submitted': 'auto-generated', 'Content-Language': parts.language }
  if (unsubscribe) {
    // RFC 2369 + RFC 8058: mail clients show their own "unsubscribe" and POST to this URL with no cookies and no page.
    headers['List-Unsubscribe'] = `<${unsubscribe.url}>`
    headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
  }
  return { subject, text, html, headers }
}
