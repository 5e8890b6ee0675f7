// The one layout of the small server-rendered pages behind mail links: escaped, in the site's (or the reader's) language.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { isOneOf, LANGUAGES, type Language } from '../domain'
import { escapeHtml } from '../text'

export type PageContent = {
  title: string
  text: string
  /** A button that POSTs to `url`: the unsubscribe form, which must work with no cookies and no JavaScript. */
  form?: { url: string; label: string; field: [string, string]; choice?: Choice }
  back?: { url: string; label: string }
  /** What the last action did, announced to screen readers (role=status) above everything else. */
  notice?: string
  /** More of the page, as HTML its maker escaped (the reader's page: its lists and their forms). */
  sections?: string
}

/** Radio buttons inside a form (`checked`, else the first option): how often a follower wants mail. */
export type Choice = { name: string; legend: string; options: [value: string, label: string][]; checked?: string }

export const choiceHtml = ({ name, legend, options, checked }: Choice) =>
  `<fieldset><legend>${escapeHtml(legend)}</legend>${options
    .map(
      ([value, label]) =>
        `<label><input type="radio" name="${escapeHtml(name)}" value="${escapeHtml(value)}"${value === (checked ?? options[0]?.[0]) ? ' checked' : ''}> ${escapeHtml(label)}</label><br>`,
    )
    .join('')}</fieldset>`

/** A form that POSTs to `url` with hidden fields, any inner HTML (already escaped) and one button. */
export const formHtml = (url: string, hidden: [string, string][], inner: string, label: string) =>
  `<form method="post" action="${escapeHtml(url)}">${hidden
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('')}${inner}<button type="submit">${escapeHtml(label)}</button></form>`

const HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  // The URL carries a personal token: keep it out of Referer headers and search engines, and the page out of frames.
  'Referrer-Policy': 'no-referrer',
  'X-Robots-Tag': 'noindex',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
}

const STYLE = `body{margin:0;padding:48px 16px;background:#f4f4f5;font:17px/1.5 system-ui,-apple-system,Segoe UI,sans-serif;color:#1f2328}
main{max-width:520px;margin:0 auto;padding:32px;background:#fff;border-radius:10px}
h1{margin-top:0;font-size:1.4em}button{font:inherit;padding:10px 18px;border:0;border-radius:6px;background:#2754c5;color:#fff;cursor:pointer}
fieldset{margin:0 0 16px;border:0;padding:0}legend{font-weight:600;margin-bottom:4px}a{color:#2754c5}
li{margin-bottom:16px}[role=status]:not(:empty){padding:8px 12px;border-left:4px solid #2754c5}@media (prefers-color-scheme:dark){body{background:#18181b;color:#e4e4e7}main{background:#27272a}a{color:#8fb0ff}}`

export function page(c: Context, status: ContentfulStatusCode, language: Language, content: PageContent): Response {
  const { form, back } = content
  const html = `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(content.title)}</title><style>${STYLE}</style></head>
<body><main>
<h1>${escapeHtml(content.title)}</h1>
<p role="status">${escapeHtml(content.notice ?? '')}</p>
<p>${escapeHtml(content.text)}</p>
${form ? formHtml(form.url, [form.field], form.choice ? choiceHtml(form.choice) : '', form.label) : ''}
${content.sections ?? ''}
${back ? `<p><a href="${escapeHtml(back.url)}">${escapeHtml(back.label)}</a></p>` : ''}
</main></body></html>`
  return c.body(html, status, HEADERS)
}

/** For a page with no site to take the language from (a broken link): the reader's first choice of those we speak. */
export function readerLanguage(acceptLanguage: string | undefined): Language {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.trim().slice(0, 2).toLowerCase()
    if (isOneOf(LANGUAGES, tag)) return tag
  }
  return 'en'
}
