// Serves the demo for the browser tests: `wrangler dev` on a free port of 127.0.0.1 with its own fresh D1 state and the
// local switches on, so a developer's `npm start` on 8787 is left alone; stopped (with its workerd) when the run ends.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import * as local from '../../scripts/local-setup.mjs'

declare module 'vitest' {
  interface ProvidedContext {
    /** The origin the demo is served from, e.g. http://127.0.0.1:41234. */
    baseUrl: string
  }
}

const { root, wrangler } = local
// The script is plain JavaScript, and TypeScript cannot infer its optional `persistTo` from the destructuring.
const prepareDatabase = local.prepareDatabase as (options: { persistTo: string; quiet: boolean }) => void

// One folder per run, named for the process: two runs at once (two people, one checkout) keep their own server and data.
const STATES = join(root, 'test/e2e/.state')
const STATE = join(STATES, `run-${process.pid}`)
const LOG = join(STATE, 'wrangler.log')
const D1 = join(STATE, 'd1')
const WORKER = join(STATE, 'worker')
const ASSETS = join(STATE, 'assets')

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Removes the folders of earlier runs that have ended; the last one's log stays readable until the next run. */
function clearEndedRuns() {
  if (!existsSync(STATES)) return
  for (const name of readdirSync(STATES)) {
    const pid = Number(/^run-(\d+)$/.exec(name)?.[1])
    if (pid && !alive(pid)) rmSync(join(STATES, name), { recursive: true, force: true })
  }
}

function freePort(): Promise<number> {
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

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'dist' ? latest : Math.max(latest, newest(path))
    return Math.max(latest, statSync(path).mtimeMs)
  }, 0)

// The tests are about the widget as it is in the source: rebuild parley.js when the widget or the demo pages changed.
function buildWidgetIfStale() {
  const bundle = join(root, 'widget/dist/parley.js')
  if (
    existsSync(bundle) &&
    statSync(bundle).mtimeMs >= Math.max(newest(join(root, 'widget')), newest(join(root, 'examples')))
  )
    return
  const build = spawnSync(
    join(root, 'node_modules/.bin/vite'),
    ['build', '--config', 'widget/vite.config.ts', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit' },
  )
  if (build.status !== 0) throw new Error('the widget build failed')
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

async function untilHealthy(url: string, child: ChildProcess, ms: number) {
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
  const tail = existsSync(LOG) ? readFileSync(LOG, 'utf8').slice(-3000) : ''
  throw new Error(`wrangler dev did not become healthy at ${url} within ${ms / 1000}s:\n${tail}`)
}

export default async function setup(project: TestProject) {
  buildWidgetIfStale()
  const [port, inspector] = [await freePort(), await freePort()]
  const baseUrl = `http://127.0.0.1:${port}`

  // Every run starts from an empty database: tests never see data from an earlier run.
  clearEndedRuns()
  mkdirSync(STATE, { recursive: true })
  prepareDatabase({ persistTo: D1, quiet: true })
  // The page origin must be listed for the site, or the API refuses the browser (see worker/site-access.ts).
  wrangler(
    [
      'd1',
      'execute',
      'DB',
      '--local',
      '--persist-to',
      D1,
      '--command',
      `UPDATE sites SET allowed_origins = json_insert(allowed_origins, '$[#]', '${baseUrl}') WHERE id = 'demo'`,
    ],
    { quiet: true },
  )

  const vars = {
    SIGNING_KEY: `e2e-${crypto.randomUUID()}`,
    EXPOSE_CHALLENGE_ANSWER: 'true',
    DEV_MAILBOX: 'true',
    // Links in mails must lead back to this server, not to the 8787 of `npm start`.
    PUBLIC_URL: baseUrl,
    // Every test posts from the same IP; the limit itself is tested in the worker tests.
    RATE_LIMIT_PER_10_MIN: '100000',
  }
  // wrangler dev reloads when the sources or assets it watches change, and a reload drops the mail messages waiting in
  // its in-memory local queue. So it serves a snapshot, the Worker bundled as `wrangler deploy` would and the built
  // widget copied: editing the code during a run changes nothing under the tests' feet.
  wrangler(['deploy', '--dry-run', '--outdir', WORKER], { quiet: true })
  cpSync(join(root, 'widget/dist'), ASSETS, { recursive: true })
  const log = createWriteStream(LOG)
  const child = spawn(
    join(root, 'node_modules/.bin/wrangler'),
    [
      'dev',
      join(WORKER, 'index.js'),
      '--config',
      'wrangler.toml',
      '--no-bundle',
      '--assets',
      ASSETS,
      '--persist-to',
      D1,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspector),
      '--show-interactive-dev-session=false',
      ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
    ],
    {
      cwd: root,
      // Its own process group, so that stop() reaches workerd too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', WRANGLER_CI_DISABLE_CONFIG_WATCHING: 'true' },
    },
  )
  child.stdout?.pipe(log)
  child.stderr?.pipe(log)
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
    log.end()
  }
  try {
    await untilHealthy(baseUrl, child, 90_000)
  } catch (err) {
    await teardown()
    throw err
  }
  project.provide('baseUrl', baseUrl)
  return teardown
}
