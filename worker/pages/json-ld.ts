// The thread as schema.org structured data: the page's comments as Comment items, each with author, date, text and
// permalink, nested as replies, and the comment count, so that search engines can show an article's discussion.
import type { Comment, ListResponse } from '../api-types'
import { htmlToText } from '../text'

type Item = Record<string, unknown>

const permalink = (threadUrl: string, id: number) => `${threadUrl}#parley-c${id}`

function commentItem(c: Comment, threadUrl: string, replies: Map<number | null, Comment[]>): Item {
  const kids = replies.get(c.id) ?? []
  return {
    '@type': 'Comment',
    url: permalink(threadUrl, c.id),
    author: { '@type': 'Person', name: c.name, ...(c.website ? { url: c.website } : {}) },
    datePublished: c.createdAt,
    ...(c.editedAt ? { dateModified: c.editedAt } : {}),
    text: htmlToText(c.html),
    ...(kids.length ? { comment: kids.map((k) => commentItem(k, threadUrl, replies)) } : {}),
  }
}

/** `threadUrl`: the article's address (the thread's, else where the page says it is). */
export function threadJsonLd(page: ListResponse, threadUrl: string): Item {
  const ids = new Set(page.comments.map((c) => c.id))
  const replies = new Map<number | null, Comment[]>()
  // A reply whose parent is not on this page stands at the top, as the widget shows it.
  for (const c of page.comments) {
    const parent = c.parentId !== null && ids.has(c.parentId) ? c.parentId : null
    replies.set(parent, [...(replies.get(parent) ?? []), c])
  }
  const { thread } = page
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    // The same @id as the article's own markup, if it has some: the comments join that entity.
    '@id': threadUrl,
    url: threadUrl,
    ...(thread.title ? { name: thread.title } : {}),
    commentCount: thread.commentCount,
    interactionStatistic: {
      '@type': 'InteractionCounter',
      interactionType: 'https://schema.org/CommentAction',
      userInteractionCount: thread.commentCount,
    },
    comment: (replies.get(null) ?? []).map((c) => commentItem(c, threadUrl, replies)),
  }
}

/** JSON for a <script> element: `<` escaped, so no text in it (`</script>`, `<!--`) can end or bend the element. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')
