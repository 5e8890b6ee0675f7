// A forgiving HTML reader for comment bodies: tags, text and entities into a small tree. Exports hold whatever their
// editors let through, so it never refuses: unknown or unclosed tags are closed where they end, stray ones dropped.
import { decodeHTML } from 'entities'

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'source'])
// Their content is code or markup meant for a browser, never words for a reader: it is dropped whole.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'iframe', 'noembed', 'template'])
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>|<![^>]*>|<\?[^>]*>|[^<]+|</g
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g

/** @typedef {{ tag: string, attrs: Record<string, string>, children: Node[] }} Element */
/** @typedef {Element | string} Node */

function attributesOf(source) {
  const attrs = {}
  for (const [, name, ...values] of source.matchAll(ATTRIBUTE)) {
    attrs[name.toLowerCase()] = decodeHTML(values.find((v) => v !== undefined) ?? '')
  }
  return attrs
}

/** The tree of `html`: a root element whose children are text (entities decoded) and elements. */
export function parseHtml(html) {
  /** @type {Element} */
  const root = { tag: '#root', attrs: {}, children: [] }
  const open = [root]
  const top = () => open.at(-1)
  let skipUntil = null
  for (const [token, cdata, name, rest] of html.matchAll(TOKEN)) {
    const tag = name?.toLowerCase()
    const closing = token.startsWith('</')
    if (skipUntil) {
      if (closing && tag === skipUntil) skipUntil = null
      continue
    }
    if (cdata !== undefined) top().children.push(cdata)
    else if (token.startsWith('<!') || token.startsWith('<?')) continue
    else if (!tag) top().children.push(decodeHTML(token))
    else if (closing) {
      const at = open.findLastIndex((e) => e.tag === tag)
      if (at > 0) open.length = at
    } else if (RAW.has(tag)) {
      if (!rest.trimEnd().endsWith('/')) skipUntil = tag
    } else {
      const element = { tag, attrs: attributesOf(rest), children: [] }
      top().children.push(element)
      if (!VOID.has(tag) && !rest.trimEnd().endsWith('/')) open.push(element)
    }
  }
  return root
}

/** All the text below a node, as it reads. */
export const textOf = (node) => (typeof node === 'string' ? node : node.children.map(textOf).join(''))
