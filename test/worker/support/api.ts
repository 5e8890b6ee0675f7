// The public API as the widget calls it: a solved challenge, a comment posted, a thread followed, a thread listed.
import type { ChallengeResponse, CountsResponse, ListResponse, PostCommentResponse } from '../../../worker/api-types'
import { expect } from 'vitest'
import { request } from './request'

/** A fresh challenge for the site with its answer (localhost only), issued at `at` or now. */
export async function solvedChallenge(site: string, at?: number) {
  const res = await request(`/api/challenge?site=${encodeURIComponent(site)}`, { at })
  const challenge = (await res.json()) as ChallengeResponse
  return { challengeToken: challenge.token, challengeAnswer: challenge.answer! }
}

export type PostFields = Record<string, unknown>

/** Posts a comment with a solved challenge; `fields` override the defaults. */
export async function postComment(site: string, thread: string, fields: PostFields = {}, ip?: string) {
  return request('/api/comments', {
    method: 'POST',
    ip,
    json: { site, thread, name: 'Ann', body: 'Hello', ...(await solvedChallenge(site)), ...fields },
  })
}

/** postComment that must succeed: its answer. */
export async function postOk(site: string, thread: string, fields: PostFields = {}): Promise<PostCommentResponse> {
  const res = await postComment(site, thread, fields)
  if (res.status !== 201) throw new Error(`post failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as PostCommentResponse
}

/** Follows the thread with a solved challenge, at `at` or now; `fields` override the defaults. */
export async function follow(site: string, thread: string, email: string, fields: PostFields = {}, at?: number) {
  return request('/api/follow', {
    method: 'POST',
    at,
    json: { site, thread, email, ...(await solvedChallenge(site, at)), ...fields },
  })
}

/** The thread as a reader sees it: GET /api/comments. */
export async function listComments(site: string, thread: string): Promise<ListResponse> {
  return (await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)).json()
}

/** The thread's published count as listing pages see it: GET /api/counts. */
export async function countOf(site: string, thread: string): Promise<number | undefined> {
  const res = await request(`/api/counts?site=${site}&thread=${encodeURIComponent(thread)}`)
  return ((await res.json()) as CountsResponse).counts[thread]
}

/** A form posted from outside any page, as a mail client or the button on a mail link's page sends it. */
export function postForm(path: string, body: string, options: { at?: number } = {}) {
  const headers = { 'content-type': 'application/x-www-form-urlencoded' }
  return request(path, { method: 'POST', origin: null, headers, body, ...options })
}

/** The `error.field` of a refusal. */
export async function errorField(res: Response | Promise<Response>): Promise<string> {
  return ((await (await res).json()) as { error: { field: string } }).error.field
}

/** A page of the thread: GET /api/comments with `query` (order, cursor, before, at, limit), which must answer 200. */
export async function listPage(site: string, thread: string, query: string): Promise<ListResponse> {
  const res = await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as ListResponse
}

/** The ids of a page's comments, in the order given. */
export const idsOf = (page: ListResponse) => page.comments.map((c) => c.id)
