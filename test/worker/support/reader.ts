// A reader with data on a site, and their links: the page's link as the mailed token makes it, and the request that
// asks for it, as the widget sends it.
import { readerLink } from '../../../worker/mail/reader-links'
import { solvedChallenge } from './api'
import { newThreadKey, uniqueEmail } from './ids'
import { request, testEnv } from './request'
import { seedFollowers, seedThread } from './seed'

/** The path and query of the link to the reader's page (or to the page that asks for it), made at `at`. */
export async function readerPath(site: string, email: string, purpose: 'me' | 'me_ask' = 'me', at = Date.now()) {
  const url = new URL(await readerLink(testEnv, purpose, { siteId: site, email }, at))
  return url.pathname + url.search
}

/** POST /api/me/link with a solved code (the fields override it), from `ip` (a fresh one by default). */
export async function askLink(site: string, email: string, fields: Record<string, unknown> = {}, ip?: string) {
  const json = { site, email, ...(await solvedChallenge(site)), ...fields }
  return request('/api/me/link', { method: 'POST', json, ip })
}

/** A form POST from the reader's page: no Origin, a form body, as the browser sends the page's buttons; its 303 unfollowed. */
export function pressButton(path: string, fields: Record<string, string> = {}, at?: number) {
  const headers = { 'content-type': 'application/x-www-form-urlencoded' }
  const body = new URLSearchParams(fields).toString()
  return request(path, { method: 'POST', origin: null, headers, body, at, redirect: 'manual' })
}

/** A reader who follows two threads (each with its own title) and is followed on neither else; ids and keys. */
export async function seedReaderFollows(site: string, email = uniqueEmail('me')) {
  const keys = [newThreadKey(), newThreadKey()]
  const threads = [
    await seedThread(site, keys[0], { title: 'First thread', url: 'https://blog.example/first' }),
    await seedThread(site, keys[1], { title: 'Second thread', url: 'https://blog.example/second' }),
  ]
  const followers = [(await seedFollowers(threads[0]!, [email]))[0]!, (await seedFollowers(threads[1]!, [email]))[0]!]
  return { email, keys, threads, followers }
}
