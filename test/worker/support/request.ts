// The one request builder: every test reaches the Worker as a browser or a mail client would, through the app's own
// fetch. By default on the wall clock and the test bindings; `at` runs the same app at another time, `env` on other
// bindings, and recordedRequest with a D1 binding that records every round trip.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { env, exports } from 'cloudflare:workers'
import { createApp } from '../../../worker/app'
import { type D1Call, recordingDb } from '../../../worker/db/recording'
import type { Env } from '../../../worker/env'
import { randomIp } from './ids'

export const testEnv: Env = env
/** The origin every seeded site lists: the widget's page. */
export const ORIGIN = 'http://localhost:8787'
/** Where the Worker answers in tests; also the admin page's own origin. */
export const BASE = 'http://localhost'

export type RequestOptions = RequestInit & {
  /** Sent as the body, with content-type application/json. */
  json?: unknown
  /** cf-connecting-ip; a fresh one by default. */
  ip?: string
  /** The Origin header: the seeded sites' ORIGIN by default, null for none (a mail client, a typed URL). */
  origin?: string | null
  /** Epoch ms: the app runs on this clock, as if the request came at that time. */
  at?: number
  /** The bindings to run on instead of the test ones. */
  env?: Env
}

/** The Request a browser would send for `path` (or a full URL) with these options. */
export function buildRequest(path: string, options: RequestOptions = {}): Request {
  const { json, ip, origin, at: _at, env: _env, ...init } = options
  const headers = new Headers(init.headers)
  if (json !== undefined) headers.set('content-type', 'application/json')
  if (origin !== null) headers.set('origin', origin ?? ORIGIN)
  headers.set('cf-connecting-ip', ip ?? randomIp())
  const body = json === undefined ? init.body : JSON.stringify(json)
  return new Request(new URL(path, BASE), { ...init, headers, body })
}

/** Sends the request; with `at` or `env`, through createApp on that clock, and waits for its waitUntil work too. */
export async function request(path: string, options: RequestOptions = {}): Promise<Response> {
  const req = buildRequest(path, options)
  const { at, env: bindings } = options
  if (at === undefined && bindings === undefined) return exports.default.fetch(req)
  const ctx = createExecutionContext()
  const res = await createApp(at === undefined ? Date.now : () => at).fetch(req, bindings ?? testEnv, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

/** One request whose D1 binding appends every round trip (SQL, parameters, rows) to `calls`. */
export async function recordedRequest(path: string, options: RequestOptions = {}) {
  const calls: D1Call[] = []
  const bindings = options.env ?? testEnv
  const res = await request(path, { ...options, env: { ...bindings, DB: recordingDb(bindings.DB, calls) } })
  return { res, calls }
}
