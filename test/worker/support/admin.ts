// The admin API as the admin page calls it: signed in as the configured owner, from the Worker's own origin.
import { expect } from 'vitest'
import type { AdminComment, Page } from '../../../worker/admin-types'
import { plansOf } from './query-plans'
import { BASE, recordedRequest, request, testEnv, type RequestOptions } from './request'

/** The Worker's own origin in tests (requests go to http://localhost), as the admin page sends it. */
export const SELF = BASE

export const CREDENTIALS = { user: testEnv.ADMIN_USER!, password: testEnv.ADMIN_PASSWORD! }

export function login(body: unknown, options: RequestOptions = {}): Promise<Response> {
  return request('/api/admin/login', { method: 'POST', json: body, origin: SELF, ...options })
}

/** Signs in and returns the Cookie header value the browser would send back. */
export async function signIn(): Promise<string> {
  const res = await login(CREDENTIALS)
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

export type AdminOptions = RequestOptions & { cookie?: string }

/** A same-origin admin request with the session cookie (sign in first, or pass `cookie`). */
export function adminRequest(path: string, { cookie, headers, ...options }: AdminOptions & { cookie: string }) {
  const h = new Headers(headers)
  h.set('cookie', cookie)
  return request(path, { origin: SELF, ...options, headers: h })
}

export async function adminJson<T>(cookie: string, path: string, options: AdminOptions = {}): Promise<T> {
  const res = await adminRequest(path, { ...options, cookie })
  if (!res.ok) throw new Error(`${options.method ?? 'GET'} ${path} failed: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}

export const adminComments = (cookie: string, query: string) =>
  adminJson<Page<AdminComment>>(cookie, `/api/admin/comments?${query}`)

export const moderate = (cookie: string, id: number, action: 'approve' | 'delete' | 'spam') =>
  adminRequest(`/api/admin/comments/${id}/${action}`, { method: 'POST', cookie })

/** The plan, one line each, of the statements that read `table` while the Worker answers `path` to the owner. */
export async function adminPlans(path: string, table: RegExp): Promise<string[]> {
  const { res, calls } = await recordedRequest(path, { origin: SELF, headers: { cookie: await signIn() } })
  expect(res.status).toBeLessThan(300)
  const plans = await plansOf(calls, table)
  expect(plans.length).toBeGreaterThan(0)
  return plans
}
