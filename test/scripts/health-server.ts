// For the deploy tests: a server that plays the deployed Worker's GET /api/health.
import { createServer, type Server } from 'node:http'
import { afterAll, beforeAll } from 'vitest'

/** A server answering GET /api/health as a deployed Parley does; `healthy: false` answers 500. */
export async function healthServer(healthy = true): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const ok = healthy && req.url === '/api/health'
    res.writeHead(ok ? 200 : 500, { 'content-type': 'application/json' }).end(JSON.stringify({ ok }))
  })
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening))
  const address = server.address() as { port: number }
  return { url: `http://127.0.0.1:${address.port}`, server }
}

/** One health server for the file's tests, started before them and stopped after. */
export function useHealthServer(): () => { url: string; server: Server } {
  let health: { url: string; server: Server } | undefined
  beforeAll(async () => void (health = await healthServer()))
  afterAll(() => health?.server.close())
  return () => health!
}
