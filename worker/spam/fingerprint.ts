// What the content checks look a comment up by: a hash of its text on this site (the same text again, or text the
// owner marked spam before) and the hosts it links to. The same fingerprint is learned when the owner marks spam.
import { linkHosts } from './links'

/** Shorter texts ("Thanks!", "+1") are repeated by honest readers all the time; only longer ones count as repeats. */
const MIN_HASHED_LENGTH = 30

export type Fingerprint = { bodyHash: string | null; marks: string[] }

/** Case, spacing and punctuation aside, so a repost with a changed comma is still the same text. */
const normalise = (body: string) =>
  body
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export async function fingerprint(siteId: string, body: string): Promise<Fingerprint> {
  const text = normalise(body)
  // The site is in the hash, so one index lookup by hash finds repeats on this site only.
  const bodyHash = text.length >= MIN_HASHED_LENGTH ? await sha256(`${siteId}\n${text}`) : null
  const hosts = linkHosts(body).map((host) => `host:${host}`)
  return { bodyHash, marks: bodyHash === null ? hosts : [`body:${bodyHash}`, ...hosts] }
}
