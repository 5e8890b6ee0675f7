// Who wrote a comment, as far as Parley can tell: the author token the poster's browser keeps (signed, one site, a
// year), never a typed address. Its key makes the author's avatar and tells first-time moderation who is known.
import { keyedHash, signToken, verifyToken } from '../tokens'

const AUTHOR_TOKEN_TTL_MS = 365 * 24 * 60 * 60 * 1000
const KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** `proven`: the key came from a token this site issued; otherwise it is new, and can be known to nobody. */
export type Author = { key: string; proven: boolean }

type AuthorClaims = { site: string; ak: string }

export async function authorOf(secret: string, siteId: string, token: unknown, nowMs: number): Promise<Author> {
  const claims = await verifyToken<AuthorClaims>(secret, token, 'author', nowMs)
  if (claims && claims.site === siteId && KEY.test(claims.ak)) return { key: claims.ak, proven: true }
  return { key: crypto.randomUUID(), proven: false }
}

/** A fresh token for the author, handed back with every post: a year from the author's latest comment. */
export const authorToken = (secret: string, siteId: string, author: Author, nowMs: number) =>
  signToken(secret, 'author', { site: siteId, ak: author.key } satisfies AuthorClaims, nowMs + AUTHOR_TOKEN_TTL_MS)

/**
 * The author's public mark on this site: the same on every comment from one browser, and made from nothing a stranger
 * can type or guess (no address, no name), so it reveals no address and nobody can borrow anyone else's.
 */
export const avatarOf = async (secret: string, siteId: string, author: Author): Promise<string> =>
  (await keyedHash(secret, `avatar:${siteId}:${author.key}`)).slice(0, 8)
