// The reader a link to their own page names (or the page that asks for it): the token checked and its site found, or
// the page that says the link does not work (400 forged, expired or of another purpose; 404 for a site gone since).
import type { Context } from 'hono'
import { findSite } from '../db/sites'
import type { AppEnv } from '../env'
import { readerFromToken } from '../mail/reader-links'
import type { MeDone } from '../mail/reader-strings'
import { brokenLinkPage } from '../pages/follower'
import type { ReaderLink } from '../pages/me'

export async function readerOfLink(c: Context<AppEnv>, purpose: 'me' | 'me_ask'): Promise<ReaderLink | Response> {
  const token = c.req.query('token') ?? ''
  const reader = await readerFromToken(c.env, purpose, token, c.get('now'))
  if (!reader) return brokenLinkPage(c, 400)
  const site = await findSite(c.env.DB, reader.siteId)
  return site ? { reader, site, token } : brokenLinkPage(c, 404)
}

/** A page's form fields; a body that is not a form reads as no fields (each action then does nothing). */
export async function formOf(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  return c.req.parseBody().catch(() => ({}))
}

/** The follower id a form names, or null. */
export function followerIdOf(form: Record<string, unknown>): number | null {
  const id = Number(form.follower)
  return typeof form.follower === 'string' && Number.isSafeInteger(id) && id > 0 ? id : null
}

/** After an action: the page again, saying what happened (the 303 makes a reload safe). */
export const backToPage = (token: string, done: MeDone) => `/me?${new URLSearchParams({ token, done }).toString()}`
