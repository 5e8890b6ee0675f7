// Talks to the Parley API: JSON in and out, and every failure thrown as one ApiError. The reads are here; the forms'
// calls are in widget/form/calls.ts.
import type { ErrorBody, ErrorCode, ListResponse } from '../worker/api-types'
import { saveBookmark } from './store'

export type ErrorKind = ErrorCode | 'network'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorKind,
    message: string,
    readonly field?: string,
    /** Seconds until a refused write may be tried again (a 429's Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message)
  }
}

type Call = { method?: string; body?: unknown; token?: string }

const BOOKMARK_HEADER = 'x-parley-bookmark'

/**
 * `bookmark`: the newest D1 bookmark the browser kept; `first`: the response to the thread's first page, requested by
 * parley.js before this code arrived (widget/loader.ts), read instead of asking again.
 */
export function createApi(origin: string, site: string, bookmark: string, first?: Promise<Response> | null) {
  async function read<T>(request: Promise<Response>): Promise<T> {
    let res: Response
    try {
      res = await request
    } catch (err) {
      throw new ApiError(0, 'network', String(err))
    }
    // Bookmarks are fixed-width hex, so the greater string is the newer state.
    const next = res.headers.get(BOOKMARK_HEADER)
    if (next && next > bookmark) saveBookmark((bookmark = next))
    // A 204 or a proxy's HTML error page has no JSON body; the status still tells the story.
    const data: unknown = await res.json().catch(() => null)
    if (res.ok) return data as T
    const e = (data as ErrorBody | null)?.error
    const retryAfter = Number(res.headers.get('retry-after')) || undefined
    throw new ApiError(res.status, e?.code ?? 'internal', e?.message ?? res.statusText, e?.field, retryAfter)
  }

  /** Any call of the API: `path` on its origin, with a JSON `body` and an edit `token` if given. */
  function call<T>(path: string, { method = 'GET', body, token }: Call = {}): Promise<T> {
    const headers: Record<string, string> = {}
    // Only once there is one: a first visit's reads stay simple CORS requests, without a preflight.
    if (bookmark) headers[BOOKMARK_HEADER] = bookmark
    if (body !== undefined) headers['content-type'] = 'application/json'
    if (token) headers.authorization = `Bearer ${token}`
    // JSON.stringify(undefined) is undefined: no body.
    return read(fetch(origin + path, { method, headers, body: JSON.stringify(body) }))
  }

  /** The query string of `params`, with the site. */
  const query = (params: Record<string, string | string[] | null | undefined>) => {
    const q = new URLSearchParams({ site })
    for (const [k, v] of Object.entries(params)) for (const one of [v ?? []].flat()) q.append(k, one)
    return q
  }

  return {
    call,
    query,
    /** A page of the thread: `q` names it (thread, order, and a cursor, before or at); the first call reads `first`. */
    list(q: Record<string, string | null | undefined>): Promise<ListResponse> {
      const early = first
      first = null
      return early ? read(early) : call(`/api/comments?${query(q)}`)
    },
  }
}

export type Api = ReturnType<typeof createApi>

/** Anything caught from an API call, as an ApiError (a bug in between is an `internal` one). */
export const asApiError = (err: unknown) => (err instanceof ApiError ? err : new ApiError(0, 'internal', String(err)))
