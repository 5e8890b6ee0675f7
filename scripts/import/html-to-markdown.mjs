// Imported HTML into Parley's Markdown subset (worker/markdown.ts): paragraphs, line breaks, emphasis, code, quotes,
// lists and links survive; every other tag gives up its text; what a browser would run is dropped. The result is
// rendered by the same code as a posted comment, so nothing here has to be trusted to be safe, only to be faithful.
import { parseHtml, textOf } from './html-tree.mjs'

const BLOCK = new Set(['p', 'div', 'blockquote', 'ul', 'ol', 'pre', 'table', 'tr', 'section', 'article', 'figure'])
const HEADING = /^h[1-6]$/
const EMPHASIS = { strong: '**', b: '**', em: '*', i: '*' }
const SAFE_LINK = /^(https?:|mailto:)/i

const isBlock = (node) =>
  typeof node !== 'string' && (BLOCK.has(node.tag) || HEADING.test(node.tag) || node.tag === 'li')

/** Characters the subset would read as markup, taken literally; `&` only where it would start an entity. */
const escapeText = (text) => text.replace(/[\\`*_[\]<]/g, '\\$&').replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')

/** A line that would start a quote, a list or a code block is marked as plain text. */
const escapeLineStarts = (text) =>
  text
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^[>+-](?=\s|$)/, '\\$&')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n')

/** Backticks around `text`, one more than the longest run inside it, as CommonMark asks. */
function codeSpan(text) {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1)
  return `${fence}${text.startsWith('`') || text.endsWith('`') ? ` ${text} ` : text}${fence}`
}

function inline(node) {
  if (typeof node === 'string') return escapeText(node.replace(/\s+/g, ' '))
  if (node.tag === 'br') return '\n'
  if (node.tag === 'img') return node.attrs.alt ? escapeText(node.attrs.alt) : ''
  if (node.tag === 'code' || node.tag === 'tt' || node.tag === 'kbd') {
    const text = textOf(node).replace(/\s+/g, ' ')
    return text.trim() ? codeSpan(text) : ''
  }
  const inner = node.children.map(inline).join('')
  const mark = EMPHASIS[node.tag]
  if (mark) {
    // Emphasis must hug its words: the spaces go outside the marks.
    const [, lead, words, trail] = inner.match(/^(\s*)([\s\S]*?)(\s*)$/)
    return words ? `${lead}${mark}${words}${mark}${trail}` : inner
  }
  if (node.tag === 'a') {
    const href = (node.attrs.href ?? '').trim()
    if (SAFE_LINK.test(href) && inner.trim() && !/[\s<>]/.test(href)) {
      return `[${inner.trim()}](<${href.replace(/[()\\]/g, '\\$&')}>)`
    }
  }
  return inner
}

/** Lines prefixed for a quote or a list item; the first line may take another prefix (a list marker). */
const prefixed = (text, first, rest) =>
  text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line ? rest : rest.trimEnd()) + line)
    .join('\n')

function block(node) {
  if (node.tag === 'pre') {
    const code = textOf(node).replace(/^\n/, '').replace(/\s+$/, '')
    const fence = '`'.repeat(Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length)) + 1)
    return code ? `${fence}\n${code}\n${fence}` : ''
  }
  if (node.tag === 'blockquote') {
    const inner = blocks(node.children)
    return inner ? prefixed(inner, '> ', '> ') : ''
  }
  if (node.tag === 'ul' || node.tag === 'ol') {
    const items = node.children.filter((child) => typeof child !== 'string' || child.trim())
    return items
      .map((item, i) => {
        const marker = node.tag === 'ol' ? `${i + 1}. ` : '- '
        const inner = blocks(typeof item === 'string' ? [item] : item.children) || '\u00a0'
        return prefixed(inner, marker, ' '.repeat(marker.length))
      })
      .join('\n')
  }
  return blocks(node.children)
}

/** Children as Markdown blocks: runs of inline content become paragraphs, blank lines between them. */
function blocks(children) {
  const out = []
  let run = []
  const flush = () => {
    const text = escapeLineStarts(run.map(inline).join(''))
      .replace(/\n{2,}/g, '\n')
      .trim()
    if (text) out.push(text)
    run = []
  }
  for (const child of children) {
    if (!isBlock(child)) run.push(child)
    else {
      flush()
      const text = block(child)
      if (text) out.push(text)
    }
  }
  flush()
  return out.join('\n\n')
}

/** The Markdown-subset body for a comment written as HTML. */
export const htmlToMarkdown = (html) => blocks(parseHtml(html).children)
