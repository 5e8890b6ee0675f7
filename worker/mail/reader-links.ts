// The links that lead a reader to their own page: the page itself (`me`, 24 hours, mailed on request) and, in every
// mail's footer, the page that asks for it (`me_ask`). Both name a site and a normalised address, nothing else.
import type { Reader } from '../db/reader'
import { normaliseEmail } from '../email-address'
import type { Env } from '../env'
import { signToken, verifyToken } from '../tokens'

type ReaderPurpose = 'me' | 'me_ask'

const DAY_MS = 24 * 60 * 60 * 1000
// The page can erase: its link lives a day. The footer's link only sends a fresh one to the same address, so it may
// live as long as an unsubscribe link in an old mail.
const TTL_MS: Record<ReaderPurpose, number> = { me: DAY_MS, me_ask: 365 * DAY_MS }
const PATH: Record<ReaderPurpose, string> = { me: '/me', me_ask: '/me/ask' }

export async function readerToken(env: Env, purpose: ReaderPurpose, reader: Reader, nowMs: number): Promise<string> {
  const claims = { site: reader.siteId, em: normaliseEmail(reader.email) }
  return signToken(env.SIGNING_KEY, purpose, claims, nowMs + TTL_MS[purpose])
}

/** An absolute link to the reader's page (`me`) or to the page that asks for it (`me_ask`). */
export async function readerLink(env: Env, purpose: ReaderPurpose, reader: Reader, nowMs: number): Promise<string> {
  const url = new URL(PATH[purpose], env.PUBLIC_URL)
  url.searchParams.set('token', await readerToken(env, purpose, reader, nowMs))
  return url.href
}

/** The site and address a token names, or null when it is forged, expired, malformed or of another purpose. */
export async function readerFromToken(
  env: Env,
  purpose: ReaderPurpose,
  token: unknown,
  nowMs: number,
): Promise<Reader | null> {
  const claims = await verifyToken<{ site: string; em: string }>(env.SIGNING_KEY, token, purpose, nowMs)
  if (!claims || typeof claims.site !== 'string' || typeof claims.em !== 'string' || claims.em === '') return null
  return { siteId: claims.site, email: claims.em }
}
