// Test helpers: each test seeds its own site and talks to the Worker over HTTP, as the widget does.
import { env, exports } from 'cloudflare:workers'
import type { ChallengeResponse, PostCommentResponse } from '../../worker/api-types'
import { insertSite, type NewSite } from '../../worker/db/sites'
import type { Env } from '../../worker/env'

export const testEnv: Env = env
export const ORIGIN = 'http://localhost:8787'
export const BASE = 'http://localhost'

let counter = 0
const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

export async function seedSite(overrides: Partial<NewSite> = {}): Promise<string> {
  const id = overrides.id ?? unique('site')
  await insertSite(
    testEnv.DB,
    { id, name: 'Test site', allowedOrigins: [ORIGIN], moderation: 'none', language: 'en', ...overrides },
    Date.now(),
  ).run()
  return id
}

export const newThreadKey = () => `/${unique('post')}`

/** A fresh IP per call unless given, so tests do not share a rate-limit window by accident. */
export const randomIp = () => `10.${counter % 250}.${Math.floor(Math.random() * 250)}.${++counter % 250}`

export function request(
  path: string,
  init: RequestInit & { json?: unknown; ip?: string; origin?: string | null } = {},
): Promise<Response> {
  const { json, ip, origin, ...rest } = init
  const headers = new Headers(rest.headers)
  if (json !== undefined) headers.set('content-type', 'application/json')
  if (origin !== null) headers.set('origin', origin ?? ORIGIN)
  headers.set('cf-connecting-ip', ip ?? randomIp())
  return exports.default.fetch(
    new Request(`${BASE}${path}`, { ...rest, headers, body: json === undefined ? rest.body : JSON.stringify(json) }),
  )
}

export async function solvedChallenge(site: string): Promise<{ challengeToken: string; challengeAnswer: string }> {
  const res = await request(`/api/challenge?site=${encodeURIComponent(site)}`)
  const challenge = (await res.json()) as ChallengeResponse
  return { challengeToken: challenge.token, challengeAnswer: challenge.answer! }
}

export type PostFields = Record<string, unknown>

/** Posts a comment with a solved challenge; `fields` override the defaults. */
export async function postComment(
  site: string,
  thread: string,
  fields: PostFields = {},
  ip?: string,
): Promise<Response> {
  return request('/api/comments', {
    method: 'POST',
    ip,
    json: { site, thread, name: 'Ann', body: 'Hello', ...(await solvedChallenge(site)), ...fields },
  })
}

export async function postOk(site: string, thread: string, fields: PostFields = {}): Promise<PostCommentResponse> {
  const res = await postComment(site, thread, fields)
  if (res.status !== 201) throw new Error(`post failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as PostCommentResponse
}
