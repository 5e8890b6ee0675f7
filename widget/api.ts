// Talks to the Parley API: JSON in and out, and every failure thrown as one ApiError.
import type {
  ChallengeResponse,
  Comment,
  CountsResponse,
  ErrorBody,
  ErrorCode,
  FollowRequest,
  FollowResponse,
  ListResponse,
  PostCommentRequest,
  PostCommentResponse,
} from '../worker/api-types'
import { loadBookmark, saveBookmark } from './store'

export type ErrorKind = ErrorCode | 'network'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorKind,
    message: string,
    readonly field?: string,
  ) {
    super(message)
  }
}

type Call = { method?: string; body?: unknown; token?: string }

const BOOKMARK_HEADER = 'x-parley-bookmark'

export function createApi(origin: string, site: string) {
  let bookmark = loadBookmark()

  async function call<T>(path: string, { method = 'GET', body, token }: Call = {}): Promise<T> {
    const headers: Record<string, string> = {}
    // Only once there is one: a first visit's reads stay simple CORS requests, without a preflight.
    if (bookmark) headers[BOOKMARK_HEADER] = bookmark
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (token) headers.authorization = `Bearer ${token}`
    let res: Response
    try {
      res = await fetch(origin + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    } catch (err) {
      throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error')
    }
    // Bookmarks are fixed-width hex, so the greater string is the newer state.
    const next = res.headers.get(BOOKMARK_HEADER)
    if (next && next > bookmark) saveBookmark((bookmark = next))
    // A 204 or a proxy's HTML error page has no JSON body; the status still tells the story.
    const data: unknown = await res.json().catch(() => null)
    if (res.ok) return data as T
    const e = (data as ErrorBody | null)?.error
    throw new ApiError(res.status, e?.code ?? 'internal', e?.message ?? res.statusText, e?.field)
  }

  const query = (params: Record<string, string | string[] | undefined>) => {
    const q = new URLSearchParams({ site })
    for (const [k, v] of Object.entries(params)) for (const one of [v ?? []].flat()) q.append(k, one)
    return q
  }

  return {
    list: (thread: string, cursor?: string) => call<ListResponse>(`/api/comments?${query({ thread, cursor })}`),
    post: (req: PostCommentRequest) => call<PostCommentResponse>('/api/comments', { method: 'POST', body: req }),
    edit: async (id: number, token: string, body: string) =>
      (await call<{ comment: Comment }>(`/api/comments/${id}`, { method: 'PATCH', body: { body }, token })).comment,
    remove: (id: number, token: string) => call<unknown>(`/api/comments/${id}`, { method: 'DELETE', token }),
    challenge: () => call<ChallengeResponse>(`/api/challenge?${query({})}`),
    follow: (req: FollowRequest) => call<FollowResponse>('/api/follow', { method: 'POST', body: req }),
    counts: (threads: string[]) => call<CountsResponse>(`/api/counts?${query({ thread: threads })}`),
  }
}

export type Api = ReturnType<typeof createApi>

/** Anything caught from an API call, as an ApiError (a bug in between still gets a readable message). */
export const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError(0, 'internal', err instanceof Error ? err.message : String(err))
