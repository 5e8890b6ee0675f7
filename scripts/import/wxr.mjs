// The WordPress export (WXR): <item> posts with their <link>, each holding its <wp:comment>s, replies naming their
// parent by comment_parent. Pingbacks and trackbacks stay out unless asked for.
import { utcMillis } from './dates.mjs'
import { childrenNamed, textAt, xmlRecords } from './xml-records.mjs'

const STATES = { 1: 'published', 0: 'pending', spam: 'spam', trash: 'deleted', 'post-trashed': 'deleted' }
const PINGS = ['pingback', 'trackback']
/** What WordPress writes for "no date" (drafts, some held comments). */
const NO_DATE = /^0000-00-00/

/** WordPress stores a comment as typed: blank lines part paragraphs and a line break is a <br> (its wpautop). */
const autoParagraphs = (text) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim().replace(/\n/g, '<br>\n')}</p>`)
    .join('')

function dateOf(node, where) {
  const gmt = textAt(node, 'wp:comment_date_gmt')
  // A comment held before WordPress knew its time zone has no GMT date: its local one is the best there is.
  return utcMillis(NO_DATE.test(gmt) || !gmt ? textAt(node, 'wp:comment_date') : gmt, where)
}

export async function* readWxr(file, { withPingbacks = false } = {}) {
  const items = xmlRecords(file, { root: 'rss', depth: 3, records: ['item'], format: 'WordPress export (WXR)' })
  for await (const item of items) {
    const where = `line ${item.line}`
    const postId = textAt(item, 'wp:post_id')
    if (!postId) throw new Error(`${where}: <item> has no <wp:post_id>: this is an RSS feed, not a WordPress export`)
    const comments = childrenNamed(item, 'wp:comment')
    if (comments.length === 0) continue
    const postDate = textAt(item, 'wp:post_date_gmt')
    yield {
      kind: 'thread',
      where,
      sourceId: postId,
      link: textAt(item, 'link'),
      title: textAt(item, 'title'),
      createdAt: postDate && !NO_DATE.test(postDate) ? utcMillis(postDate, where) : null,
    }
    for (const c of comments) {
      const at = `line ${c.line}`
      const type = textAt(c, 'wp:comment_type')
      if (PINGS.includes(type) && !withPingbacks) {
        yield { kind: 'skipped', reason: 'pingback' }
        continue
      }
      const approved = textAt(c, 'wp:comment_approved')
      const status = STATES[approved]
      if (!status) throw new Error(`${at}: comment_approved "${approved}" is none of 1, 0, spam, trash`)
      const parent = textAt(c, 'wp:comment_parent')
      yield {
        kind: 'comment',
        where: at,
        sourceId: textAt(c, 'wp:comment_id'),
        threadId: postId,
        parentId: parent && parent !== '0' ? parent : null,
        name: textAt(c, 'wp:comment_author'),
        email: textAt(c, 'wp:comment_author_email'),
        website: textAt(c, 'wp:comment_author_url'),
        html: autoParagraphs(c.children.find((n) => n.name === 'wp:comment_content')?.text ?? ''),
        status,
        createdAt: dateOf(c, at),
      }
    }
  }
}
