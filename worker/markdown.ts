// Renders a comment's Markdown subset to HTML that is safe to insert as-is: markdown-it with raw HTML off.
import MarkdownIt from 'markdown-it'

const md = new MarkdownIt('zero', { html: false, breaks: true, linkify: true })
  // The subset readers get: paragraphs, line breaks, emphasis, code, quotes, lists, links. No images, headings or tables.
  .enable([
    'paragraph',
    'newline',
    'emphasis',
    'backticks',
    'code',
    'fence',
    'blockquote',
    'list',
    'link',
    'autolink',
    'linkify',
    'escape',
    'entity',
    'text_join',
    'balance_pairs',
  ])

const SAFE_LINK = /^(https?:|mailto:)/i

// markdown-it's own check only blocks a few schemes; we allow an explicit list instead, so relative links,
// javascript:, data:, vbscript: and anything new all stay plain text.
md.validateLink = (url) => SAFE_LINK.test(url.trim())

md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
  const token = tokens[idx]!
  token.attrSet('rel', 'nofollow ugc noopener')
  token.attrSet('target', '_blank')
  return self.renderToken(tokens, idx, options)
}

export function renderMarkdown(body: string): string {
  return md.render(body).trim()
}
