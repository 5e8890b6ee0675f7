// A follower's links (confirm, unsubscribe) as a mail carries them, and every way such a link can be broken.
import type { FollowerState } from '../../../worker/domain'
import { followerLink } from '../../../worker/mail/links'
import { signToken } from '../../../worker/tokens'
import { postForm } from './api'
import { newThreadKey, uniqueEmail } from './ids'
import { testEnv } from './request'
import { seedFollowers, seedThread } from './seed'

type Purpose = 'follow_confirm' | 'unsubscribe'

const DAY = 24 * 3600_000
const OTHER_KEY = 'another-signing-key-0123456789abcdef0123456789'

/** A follower in the given state, on a new thread of the site with this title; the follower's id. */
export async function seedFollowerOf(site: string, state: FollowerState, title = 'A thread'): Promise<number> {
  const [id] = await seedFollowers(await seedThread(site, newThreadKey(), { title }), [uniqueEmail('page')], state)
  return id!
}

/** The path and query of the follower's link, as a mail made at `at` (now by default) carries it. */
export async function followerPath(purpose: Purpose, followerId: number, at = Date.now()): Promise<string> {
  const url = new URL(await followerLink(testEnv, purpose, followerId, at))
  return url.pathname + url.search
}

/** RFC 8058 one-click, as a mail provider sends it (and the page's button): a form body, no cookies, no Origin. */
export const oneClick = (path: string, at?: number) => postForm(path, 'List-Unsubscribe=One-Click', { at })

/** A broken link: what it is, its token for a follower, and the time it is used at (now when not given). */
export type BrokenLink = [label: string, token: (fid: number) => Promise<string>, at?: number]

/** Every way a `purpose` link can be broken; `other` is the other purpose a follower's token can have. */
export function brokenLinks(purpose: Purpose, other: Purpose): BrokenLink[] {
  const now = Date.now()
  return [
    ['a forged token', (fid) => signToken(OTHER_KEY, purpose, { fid }, now + DAY)],
    // A real link, used a year and a day after its mail: past the life of either kind.
    ['an expired token', async (fid) => tokenOf(await followerPath(purpose, fid, now)), now + 366 * DAY],
    ['a token for another purpose', (fid) => signToken(testEnv.SIGNING_KEY, other, { fid }, now + DAY)],
    ['an edit token', (fid) => signToken(testEnv.SIGNING_KEY, 'edit', { cid: fid }, now + DAY)],
    [
      'a token with a changed payload',
      async (fid) => tamper(await signToken(testEnv.SIGNING_KEY, purpose, { fid }, now + DAY), fid + 1),
    ],
    ['garbage', async () => 'not.a.token'],
    ['no token', async () => ''],
  ]
}

const tokenOf = (path: string) => new URL(path, 'http://localhost').searchParams.get('token')!

/** The same signature over a payload naming another follower: must fail the signature check. */
function tamper(token: string, otherFid: number): string {
  const [header, payload, signature] = token.split('.')
  const claims = JSON.parse(atob(payload!.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>
  const changed = btoa(JSON.stringify({ ...claims, fid: otherFid }))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '')
  return `${header}.${changed}.${signature}`
}
