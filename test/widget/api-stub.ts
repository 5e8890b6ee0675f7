// The API as the widget tests see it: realistic fixtures, and a stubbed fetch that records every request.
import { vi } from 'vitest'
import type {
  ChallengeResponse,
  Comment,
  ErrorBody,
  ListResponse,
  ProofChallengeResponse,
} from '../../worker/api-types'
import { proofHash } from '../../worker/proof'

/** The origin parley.js is loaded from in the tests, and so the API's. */
export const API = 'https://comments.example.net'

export type Call = {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  headers: Record<string, string>
}
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> }
type Handler = (call: Call, calls: Call[]) => Reply

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()

export function comment(id: number, parentId: number | null, name: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId,
    name,
    website: null,
    avatar: name.slice(0, 2).toUpperCase(),
    html: `<p>Comment ${id} by ${name}</p>`,
    createdAt: minutesAgo(100 - id),
    editedAt: null,
    status: 'published',
    ...extra,
  }
}

export const list = (comments: Comment[], nextCursor: string | null = null, key = '/post'): ListResponse => ({
  thread: { key, title: 'A post', url: null, commentCount: comments.length },
  comments,
  nextCursor,
})

let codes = 0
/** Each call draws a new challenge, so tests can tell one image from the next. */
export const challenge = (): ChallengeResponse => {
  codes += 1
  return {
    token: `tok-${codes}`,
    image: `<svg xmlns="http://www.w3.org/2000/svg"><path d="M${codes} 0"/></svg>`,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  }
}

/** The answer of every puzzle the stub sets: small, so a test solves it at once, but not the first number tried. */
export const PROOF_ANSWER = 37
const PROOF_SALT = '00112233445566778899aabb'
const proofChallengeHash = await proofHash(PROOF_SALT, PROOF_ANSWER)

/** The code's alternative as GET /api/challenge?kind=proof sets it, each with a new token. */
export const proofChallenge = (): ProofChallengeResponse => {
  codes += 1
  return {
    token: `proof-${codes}`,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    proof: { algorithm: 'SHA-256', salt: PROOF_SALT, challenge: proofChallengeHash, maxNumber: 100 },
  }
}

/** Either kind, as the request asks. */
export const anyChallenge = (call: Call) => ({
  body: call.query.get('kind') === 'proof' ? proofChallenge() : challenge(),
})

export const apiError = (status: number, code: ErrorBody['error']['code'], message: string, field?: string): Reply => ({
  status,
  body: { error: field ? { code, message, field } : { code, message } } satisfies ErrorBody,
})

/** Stubs fetch; `routes` maps "METHOD /path" to a handler. Unrouted requests fail the test loudly. */
export function stubApi(routes: Record<string, Handler>) {
  const calls: Call[] = []
  const fetch = vi.fn(async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    const method = init.method ?? 'GET'
    const path = url.pathname.replace(/\/\d+$/, '/:id')
    const call: Call = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    }
    calls.push(call)
    const handler = routes[`${method} ${path}`]
    if (!handler) throw new Error(`unexpected request ${method} ${url}`)
    const { status = 200, body, headers } = handler(call, calls)
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    })
  })
  vi.stubGlobal('fetch', fetch)
  return { calls, of: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) }
}

/** A thread with Anna's comment, and a new code for every challenge request: what a reader meets first. */
export const stubThread = () =>
  stubApi({
    'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna')]) }),
    'GET /api/challenge': () => ({ body: challenge() }),
  })
