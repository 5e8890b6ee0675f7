// What "nothing that executes survives" means for a comment's HTML: shared by the posting tests (test/worker) and
// the importers' (test/scripts), which run the same hostile corpus.

/** The tags the Markdown subset makes, and the attributes each may carry. */
const ALLOWED: Record<string, string[]> = {
  ...Object.fromEntries(['p', 'br', 'em', 'strong', 'pre', 'blockquote', 'ul', 'li'].map((tag) => [tag, []])),
  code: ['class'],
  ol: ['start'],
  a: ['href', 'title', 'rel', 'target'],
}

const TAG = /<\/?([a-zA-Z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*\/?>/g

/** Every tag one the subset makes, with only its own attributes, all quoted; links only to http(s) or mail; no other `<`. */
export function inertHtml(html: string): boolean {
  const tagsOk = [...html.matchAll(TAG)].every(([, tag, attributes = '']) => {
    const allowed = ALLOWED[tag!]
    const pairs = [...attributes.matchAll(/([a-z-]+)="([^"]*)"/g)]
    const href = pairs.find(([, name]) => name === 'href')?.[2]
    const hrefOk = href === undefined || /^(https?:|mailto:)/i.test(href)
    return allowed !== undefined && pairs.every(([, name]) => allowed.includes(name!)) && hrefOk
  })
  return tagsOk && !html.replace(TAG, '').includes('<')
}
