// Reads an XML export as a stream (saxes: strict, so a malformed or truncated file fails at the line where it breaks)
// and hands out one record element at a time as a small tree: a 100,000-comment file is never held whole.
import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'

/** @typedef {{ name: string, attrs: Record<string, string>, text: string, children: XmlNode[], line: number }} XmlNode */

/**
 * The elements at `depth` (the root is 1) named in `records`, in file order, once each is closed. `root` is the name
 * the document element must have: anything else is another kind of file, refused at once.
 */
export async function* xmlRecords(file, { root, depth, records, format }) {
  const parser = new SaxesParser({ fileName: file })
  const open = []
  let done = []
  parser.on('opentag', (tag) => {
    if (open.length === 0 && tag.name !== root) {
      throw new Error(`line ${parser.line}: this is not a ${format} file (it starts with <${tag.name}>, not <${root}>)`)
    }
    const node = { name: tag.name, attrs: tag.attributes, text: '', children: [], line: parser.line }
    const parent = open.length >= depth ? open.at(-1) : null
    parent?.children.push(node)
    open.push(parent || (open.length === depth - 1 && records.includes(tag.name)) ? node : null)
  })
  const addText = (text) => {
    const node = open.at(-1)
    if (node) node.text += text
  }
  parser.on('text', addText)
  parser.on('cdata', addText)
  parser.on('closetag', () => {
    const node = open.pop()
    if (node && open.length === depth - 1) done.push(node)
  })
  parser.on('error', (err) => {
    throw new Error(
      `line ${parser.line}: the file is not well-formed XML (${err.message.replace(/^.*?:\d+:\d+: /, '')})`,
    )
  })
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
    parser.write(chunk)
    yield* done
    done = []
  }
  parser.close()
  yield* done
}

/** The first child named `name` (a path "a/b" walks down), or null. */
export function child(node, path) {
  let at = node
  for (const name of path.split('/')) {
    at = at?.children.find((c) => c.name === name) ?? null
  }
  return at
}

/** The trimmed text of the child at `path`, or '' when it is missing or empty. */
export const textAt = (node, path) => child(node, path)?.text.trim() ?? ''

/** The children named `name`. */
export const childrenNamed = (node, name) => node.children.filter((c) => c.name === name)
