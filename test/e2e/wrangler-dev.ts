// Running `wrangler dev` for the browser tests: a free port, the server's whole process group stopped at the end (or
// when the run is killed), and waiting until it answers.
import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

// wrangler dev runs workerd as a child: the whole process group goes, or a workerd would keep the port.
function stop(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM') {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return
  try {
    process.kill(-child.pid, signal)
  } catch {
    // Already gone.
  }
}

async function untilHealthy(url: string, child: ChildProcess, log: string, ms: number) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const ok = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return
    await new Promise((r) => setTimeout(r, 250))
  }
  const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-3000) : ''
  throw new Error(`wrangler dev did not become healthy at ${url} within ${ms / 1000}s:\n${tail}`)
}

type Options = { root: string; args: string[]; url: string; log: string }

/** Starts `wrangler dev` with `args`, its output in `log`; resolves, once it answers, to the function that stops it. */
export async function startWranglerDev({ root, args, url, log }: Options): Promise<() => Promise<void>> {
  const out = createWriteStream(log)
  const child = spawn(join(root, 'node_modules/.bin/wrangler'), ['dev', ...args], {
    cwd: root,
    // Its own process group, so that stop() reaches workerd too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_CI_DISABLE_CONFIG_WATCHING: 'true' },
  })
  child.stdout?.pipe(out)
  child.stderr?.pipe(out)
  // Also when the test run is interrupted: nothing may stay behind.
  const onExit = () => stop(child, 'SIGKILL')
  process.once('exit', onExit)

  const teardown = async () => {
    process.off('exit', onExit)
    const running = child.exitCode === null && child.signalCode === null
    const exited = running ? new Promise((r) => child.once('exit', r)) : Promise.resolve()
    stop(child)
    const timer = setTimeout(() => stop(child, 'SIGKILL'), 5000)
    await exited
    clearTimeout(timer)
    out.end()
  }
  try {
    await untilHealthy(url, child, log, 90_000)
  } catch (err) {
    await teardown()
    throw err
  }
  return teardown
}
