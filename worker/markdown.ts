// Renders a comment's Markdown subset to HTML that is safe to insert as-is: markdown-it with raw HTML off, and a cheap
// first pass that keeps hostile input (thousands of delimiters or link-like words) to a bounded amount of work.
import MarkdownIt from 'markdown-it'

// The subset readers get: paragraphs, line breaks, emphasis, code, quotes, lists, links. No images, headings or tables.
const RULES = ['paragraph', 'newline', 'emphasis', 'backticks', 'code', 'fence', 'blockquote', 'list', 'link']
const INLINE = ['autolink', 'escape', 'entity', 'text_join', 'balance_pairs']

const SAFE_LINK = /^(https?:|mailto:)/i

function renderer(linkify: boolean) {
  // maxNesting bounds quotes within lists within quotes: past it, the rest is text.
  const md = new MarkdownIt('zero', { html: false, breaks: true, linkify, maxNesting: 20 }).enable([
    ...RULES,
    ...INLINE,
    ...(linkify ? ['linkify'] : []),
  ])
  // markdown-it's own check only blocks a few schemes; we allow an explicit list instead, so relative links,
  // javascript:, data:, vbscript: and anything new all stay plain text.
  md.validateLink = (url) => SAFE_LINK.test(url.trim())
  md.renderer.rules.link_open = (tokens, idx, options, _env, self) => {
    const token = tokens[idx]!
    token.attrSet('rel', 'nofollow ugc noopener')
    token.attrSet('target', '_blank')
    return self.renderToken(tokens, idx, options)
  }
  return md
}

const withLinks = renderer(true)
const withoutLinks = renderer(false)

/** More markup characters than any real comment has: such a text is shown as typed, paragraphs and line breaks kept. */
const MAX_DELIMITERS = 200
/** More bare links or addresses than any real comment has: past these, none is turned into a link. */
const MAX_LINKISH = 40

const DELIMITER = /[*_~`[\]<>&\\]/g
const LINKISH = /@|:\/\/|www\./g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** The text as typed, escaped, in paragraphs with line breaks: linear time whatever it holds. */
function plainText(body: string): string {
  const escaped = body.replace(/[&<>"]/g, (ch) => ENTITIES[ch]!)
  const paragraphs = escaped
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  return paragraphs.map((p) => `<p>${p.replace(/\n/g, '<br>\n')}</p>`).join('\n')
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0

export function renderMarkdown(body: string): string {
  if (count(body, DELIMITER) > MAX_DELIMITERS) return plainText(body)
  const md = count(body, LINKISH) > MAX_LINKISH ? withoutLinks : withLinks
  return md.render(body).trim()
}
