// Starts a real HTTP receiver on 127.0.0.1 for the webhook tests (test/worker/mail/webhook-*.test.ts): a node:http
// server outside workerd, which the Worker calls over the network as it would call Slack or an owner's endpoint.
import { createServer } from 'node:http'
import type { TestProject } from 'vitest/node'

type Seen = { path: string; headers: Record<string, string | string[] | undefined>; body: string }

export default async function setup(project: TestProject) {
  const seen = new Map<string, Seen[]>()
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      // GET /seen/<box>: what the receiver got in that box, oldest first.
      if (req.method === 'GET' && url.pathname.startsWith('/seen/')) {
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(seen.get(url.pathname.slice(6)) ?? []))
        return
      }
      // POST /hook/<box>/<statuses>: recorded in the box; the n-th call gets the n-th of the statuses ("500,200"), the
      // last one again after that. A 3xx points at another box, which a caller that follows redirects would fill.
      const [, , box = '', statuses = '200'] = url.pathname.split('/')
      const list = seen.get(box) ?? []
      list.push({ path: url.pathname + url.search, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') })
      seen.set(box, list)
      const codes = statuses.split(',')
      res.statusCode = Number(codes[Math.min(list.length, codes.length) - 1])
      if (res.statusCode >= 300 && res.statusCode < 400) res.setHeader('location', `/hook/${box}-redirected/200`)
      res.end(res.statusCode < 300 ? 'ok' : 'no')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('the receiver has no port')
  project.provide('receiverUrl', `http://127.0.0.1:${address.port}`)
  return () => new Promise<void>((resolve) => server.close(() => resolve()))
}

declare module 'vitest' {
  export interface ProvidedContext {
    receiverUrl: string
  }
}
