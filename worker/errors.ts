// The one error shape of the API, and the handler that turns anything thrown into it.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorCode } from './api-types'

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  challenge_failed: 403,
  unauthorized: 401,
  forbidden_origin: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rate_limited: 429,
  internal: 500,
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    /** Overrides the code's usual status where HTTP has a more precise one (415 for a wrong content type). */
    readonly status: ContentfulStatusCode = STATUS[code],
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const invalid = (field: string, message: string) => new ApiError('validation_failed', message, field)

/** Signed in, but not allowed this (an Access admin asking for what only the owner may do): 403, not 401, so the admin
 *  page does not send them back to the sign-in form. */
export const notAllowed = (message: string) => new ApiError('unauthorized', message, undefined, 403)

export function errorResponse(c: Context, err: unknown): Response {
  if (err instanceof ApiError) {
    const error =
      err.field === undefined
        ? { code: err.code, message: err.message }
        : { code: err.code, message: err.message, field: err.field }
    return c.json({ error }, err.status, err.headers)
  }
  // Never echo internals to a client: the app logs them (one line per 5xx, app.ts), the client gets a fixed message.
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side.' } }, 500)
}
