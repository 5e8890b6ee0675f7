// Helpers for the admin tests: sign in as the configured owner and call /api/admin/* from the admin page's own origin.
import type { AdminComment, Page } from '../../worker/admin-types'
import { BASE, request, testEnv } from './helpers'

/** The Worker's own origin in tests (requests go to http://localhost), as the admin page would send it. */
export const SELF = BASE

export const CREDENTIALS = { user: testEnv.ADMIN_USER!, password: testEnv.ADMIN_PASSWORD! }

export function login(body: unknown, init: { ip?: string; origin?: string | null } = {}): Promise<Response> {
  return request('/api/admin/login', { method: 'POST', json: body, origin: SELF, ...init })
}

/** Signs in and returns the Cookie header value the browser would send back. */
export async function signIn(): Promise<string> {
  const res = await login(CREDENTIALS)
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

export type AdminInit = RequestInit & { json?: unknown; cookie?: string; origin?: string | null }

/** A same-origin admin request with the session cookie (sign in first, or pass `cookie`). */
export function adminRequest(
  path: string,
  { cookie, headers, ...init }: AdminInit & { cookie: string },
): Promise<Response> {
  const h = new Headers(headers)
  h.set('cookie', cookie)
  return request(path, { origin: SELF, ...init, headers: h })
}

export async function adminJson<T>(cookie: string, path: string, init: AdminInit = {}): Promise<T> {
  const res = await adminRequest(path, { ...init, cookie })
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path} failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export const adminComments = (cookie: string, query: string) =>
  adminJson<Page<AdminComment>>(cookie, `/api/admin/comments?${query}`)

export const moderate = (cookie: string, id: number, action: 'approve' | 'delete' | 'spam') =>
  adminRequest(`/api/admin/comments/${id}/${action}`, { method: 'POST', cookie })
