// The Disqus XML export: <thread dsq:id> with its <link>, then <post dsq:id> naming its thread and parent, in any order.
import { utcMillis } from './dates.mjs'
import { child, textAt, xmlRecords } from './xml-records.mjs'

const isTrue = (node, path) => textAt(node, path) === 'true'

/** Threads and comments, in file order, as every importer hands them on (scripts/import/plan.mjs). */
export async function* readDisqus(file) {
  const records = xmlRecords(file, { root: 'disqus', depth: 2, records: ['thread', 'post'], format: 'Disqus export' })
  for await (const node of records) {
    const where = `line ${node.line}`
    const sourceId = node.attrs['dsq:id']
    if (!sourceId) throw new Error(`${where}: <${node.name}> has no dsq:id`)
    if (node.name === 'thread') {
      yield {
        kind: 'thread',
        where,
        sourceId,
        link: textAt(node, 'link'),
        title: textAt(node, 'title'),
        createdAt: textAt(node, 'createdAt') ? utcMillis(textAt(node, 'createdAt'), where) : null,
      }
      continue
    }
    const threadId = child(node, 'thread')?.attrs['dsq:id']
    if (!threadId) throw new Error(`${where}: <post dsq:id="${sourceId}"> names no thread`)
    yield {
      kind: 'comment',
      where,
      sourceId,
      threadId,
      parentId: child(node, 'parent')?.attrs['dsq:id'] || null,
      name: textAt(node, 'author/name'),
      email: textAt(node, 'author/email'),
      website: '',
      html: child(node, 'message')?.text ?? '',
      status: isTrue(node, 'isSpam') ? 'spam' : isTrue(node, 'isDeleted') ? 'deleted' : 'published',
      createdAt: utcMillis(textAt(node, 'createdAt'), where),
    }
  }
}
