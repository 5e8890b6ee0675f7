// Local stand-ins for the outside services Parley may call (Turnstile's siteverify, Akismet, Workers AI): each answers
// as the service's documentation says it does, served by the test itself, as no test may reach the internet.
import { vi } from 'vitest'
import type { ChallengeResponse } from '../../../worker/api-types'
import type { Env } from '../../../worker/env'
import { newThreadKey } from './ids'
import { request } from './request'

export type Handler = (req: Request) => Response | Promise<Response>

/** Routes the Worker's fetches to `url…` to the handler (every other fetch goes out as usual); the requests it got. */
export function serveStandIn(url: string, handler: Handler): Request[] {
  const seen: Request[] = []
  const real = globalThis.fetch
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const req = new Request(input, init)
    if (!req.url.startsWith(url)) return real(input, init)
    seen.push(req.clone())
    return handler(req)
  })
  return seen
}

/**
 * Turnstile's siteverify: a token `pass:<hostname>` passes once, solved on that host; anything else fails. A token seen
 * before fails as `timeout-or-duplicate`, as a real one does.
 */
export function turnstileStandIn(secret: string): Handler {
  const spent = new Set<string>()
  return async (req) => {
    const form = new URLSearchParams(await req.text())
    const token = form.get('response') ?? ''
    const fail = (code: string) => Response.json({ success: false, 'error-codes': [code] })
    if (form.get('secret') !== secret) return fail('invalid-input-secret')
    if (spent.has(token)) return fail('timeout-or-duplicate')
    spent.add(token)
    if (!token.startsWith('pass:')) return fail('invalid-input-response')
    return Response.json({ success: true, 'error-codes': [], hostname: token.slice(5), challenge_ts: new Date() })
  }
}

/** A challenge of the site, from a Worker running on `env` (one with a service's keys). */
export const challengeOn = async (env: Env, site: string) =>
  (await request(`/api/challenge?site=${site}`, { env })).json<ChallengeResponse>()

/** A comment posted through a Worker running on `env`, with a solved code unless `fields` say otherwise. */
export async function postOn(env: Env, site: string, fields: Record<string, unknown> = {}) {
  const ch = await challengeOn(env, site)
  const json = { site, thread: newThreadKey(), name: 'Ann', body: 'Hello', challengeToken: ch.token, ...fields }
  return request('/api/comments', { method: 'POST', env, json: { challengeAnswer: ch.answer, ...json } })
}

/**
 * Akismet's comment-check: a wrong key answers `invalid` with its debug header; its documented test author
 * "akismet-guaranteed-spam" is spam ("true"), and to discard as well when the text says "blatant"; the rest is "false".
 */
export function akismetStandIn(key: string): Handler {
  return async (req) => {
    const form = new URLSearchParams(await req.text())
    if (form.get('api_key') !== key || !form.get('blog'))
      return new Response('invalid', { headers: { 'X-akismet-debug-help': 'We were unable to verify your API key.' } })
    if (form.get('comment_author') !== 'akismet-guaranteed-spam') return new Response('false')
    const blatant = form.get('comment_content')?.includes('blatant')
    return new Response('true', { headers: blatant ? { 'X-akismet-pro-tip': 'discard' } : {} })
  }
}
