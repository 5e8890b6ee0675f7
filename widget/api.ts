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

export function createApi(origin: string, site: string) {
  async function call<T>(path: string, { method = 'GET', body, token }: Call = {}): Promise<T> {
    const headers: Record<string, string> = {}
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (token) headers.authorization = `Bearer ${token}`
    let res: Response
    try {
      res = await fetch(origin + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
    } catch (err) {
      throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error')
    }
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
    // The API's PATCH answer is the updated comment, bare or as {comment}; accept either.
    edit: async (id: number, token: string, body: string) => {
      const r = await call<Comment | { comment: Comment }>(`/api/comments/${id}`, { method: 'PATCH', body: { body }, token })
      return 'comment' in r ? r.comment : r
    },
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
