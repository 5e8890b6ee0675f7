// Text on its way into a mail, a page or a header: one-line values with no control characters, and escaped HTML.

// Line breaks of any kind become spaces; the other C0 and C1 controls, and bidi overrides that could dress up a subject,
// go. Together this is what keeps a name or a title from starting a new header line.
const BREAKS = /[\r\n\t\v\f\u2028\u2029]+/g
const UNSAFE_IN_HEADER = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g

/** A value fit for a header such as Subject: one line, trimmed, at most `max` characters. */
export function oneLine(value: string, max = 200): string {
  // A non-breaking space stays: French typography puts one before a subject's ":" and "?" and inside « ».
  const line = value
    .replace(BREAKS, ' ')
    .replace(UNSAFE_IN_HEADER, '')
    .replace(/[^\S\u00a0]+/g, ' ')
    .trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!)

const DECODED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" }

/** The words of the HTML that worker/markdown.ts makes (it escapes only these five): for structured data and feeds. */
export const htmlToText = (html: string): string =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => DECODED[e]!)
    .replace(/\s+/g, ' ')
    .trim()
