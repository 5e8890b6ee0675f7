// The links in what a reader typed: how many, to which hosts, and whether a field that should hold a name holds one.
// Plain text rules on the Markdown as posted (a Markdown link carries its URL once, so it counts once).

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>()[\]]+|\bwww\.[^\s<>()[\]]+/gi
/** A bare domain reads as a link in a name ("cheap-pills.shop"); in a body it is as often a mere mention. */
const DOMAIN_IN_NAME =
  /https?:\/\/|www\.|\b[a-z0-9-]+\.(com|net|org|info|biz|ru|xyz|top|shop|online|site|store|io|co|nl)\b/i
/** Bounds what one comment adds to a D1 lookup, whatever it pastes. */
const MAX_HOSTS = 10

export const linksIn = (text: string): string[] => text.match(URL_IN_TEXT) ?? []

export const looksLikeLink = (name: string): boolean => DOMAIN_IN_NAME.test(name)

/** The distinct hosts linked to, lower-case and without "www.": what a spam mark remembers of a comment's links. */
export function linkHosts(text: string): string[] {
  const hosts = linksIn(text).flatMap((link) => {
    try {
      return [new URL(/^www\./i.test(link) ? `http://${link}` : link).hostname.replace(/^www\./, '')]
    } catch {
      return []
    }
  })
  return [...new Set(hosts)].slice(0, MAX_HOSTS)
}

/** A body with a link and next to nothing else: no sentence around it (Markdown's brackets and stray marks aside). */
export function isOnlyLink(body: string): boolean {
  const links = linksIn(body)
  if (links.length === 0) return false
  const rest = links.reduce((text, link) => text.replace(link, ' '), body)
  return (rest.match(/\p{L}/gu)?.length ?? 0) < 12
}
