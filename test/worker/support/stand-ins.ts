// Local stand-ins for the outside services Parley may call (Turnstile's siteverify, Akismet, Workers AI): each answers
// as the service's documentation says it does, served by the test itself, as no test may reach the internet.
import { vi } from 'vitest'

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
