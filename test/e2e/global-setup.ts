// Serves the demo for the browser tests: `wrangler dev` on a free port of 127.0.0.1 with its own fresh D1 state and the
// local switches on, so a developer's `npm start` on 8787 is left alone; stopped (with its workerd) when the run ends.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import * as local from '../../scripts/local-setup.mjs'
import { freePort, startWranglerDev } from './wrangler-dev'

declare module 'vitest' {
  interface ProvidedContext {
    /** The origin the demo is served from, e.g. http://127.0.0.1:41234. */
    baseUrl: string
    /** A blog's origin, another than the demo's, that the demo site allows too (its pages are routed by the tests). */
    blogUrl: string
  }
}

const { root, wrangler } = local
// The script is plain JavaScript, and TypeScript cannot infer its optional `persistTo` from the destructuring.
const prepareDatabase = local.prepareDatabase as (options: { persistTo: string; quiet: boolean }) => void

// One folder per run, named for the process: two runs at once (two people, one checkout) keep their own server and data.
const STATES = join(root, 'test/e2e/.state')
const STATE = join(STATES, `run-${process.pid}`)

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

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name.startsWith('dist') ? latest : Math.max(latest, newest(path))
    return Math.max(latest, statSync(path).mtimeMs)
  }, 0)

// The tests are about the widget as it is in the source: rebuild it when the widget or the demo pages changed.
function buildWidgetIfStale() {
  const bundle = join(root, 'widget/dist/parley.js')
  if (
    existsSync(bundle) &&
    statSync(bundle).mtimeMs >= Math.max(newest(join(root, 'widget')), newest(join(root, 'examples')))
  )
    return
  // The widget, and its server renderer, which GET /embed imports (wrangler.toml's [alias]).
  for (const config of ['widget/vite.config.ts', 'widget/vite.ssr.config.ts']) {
    const build = spawnSync(join(root, 'node_modules/.bin/vite'), ['build', '--config', config, '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would keep Preact's development code in the bundle: build as `npm run build` does.
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (build.status !== 0) throw new Error(`the build of ${config} failed`)
  }
}

export default async function setup(project: TestProject) {
  buildWidgetIfStale()
  const [port, inspector] = [await freePort(), await freePort()]
  const baseUrl = `http://127.0.0.1:${port}`
  // The same server by another name, and so another origin: routed by the tests, which serve the blog's pages there.
  // A loopback name, as a public one may not load from loopback (Chromium's Private Network Access).
  const blogUrl = `http://localhost:${port}`
  const d1 = join(STATE, 'd1')

  // Every run starts from an empty database: tests never see data from an earlier run.
  clearEndedRuns()
  mkdirSync(STATE, { recursive: true })
  prepareDatabase({ persistTo: d1, quiet: true })
  // Page origins must be listed for the site, or the API refuses the browser (see worker/site-access.ts).
  const allow = `json_insert(allowed_origins, '$[#]', '${baseUrl}', '$[#]', '${blogUrl}')`
  const update = `UPDATE sites SET allowed_origins = ${allow} WHERE id = 'demo'`
  wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', d1, '--command', update], { quiet: true })

  const vars = {
    SIGNING_KEY: `e2e-${crypto.randomUUID()}`,
    EXPOSE_CHALLENGE_ANSWER: 'true',
    DEV_MAILBOX: 'true',
    // Links in mails must lead back to this server, not to the 8787 of `npm start`.
    PUBLIC_URL: baseUrl,
    // Every test posts from the same IP, to the one demo site; the limits themselves are tested in the worker tests.
    RATE_LIMIT_PER_10_MIN: '100000',
    SITE_COMMENTS_PER_MINUTE: '100000',
    THREAD_COMMENTS_PER_MINUTE: '100000',
  }
  // wrangler dev reloads when the sources or assets it watches change, and a reload drops the mail messages waiting in
  // its in-memory local queue. So it serves a snapshot, the Worker bundled as `wrangler deploy` would and the built
  // widget copied (with its _headers): editing the code during a run changes nothing under the tests' feet.
  const [worker, assets] = [join(STATE, 'worker'), join(STATE, 'assets')]
  wrangler(['deploy', '--dry-run', '--outdir', worker], { quiet: true })
  cpSync(join(root, 'widget/dist'), assets, { recursive: true })
  const args = [
    join(worker, 'index.js'),
    ...['--config', 'wrangler.toml', '--no-bundle', '--assets', assets, '--persist-to', d1],
    ...['--ip', '127.0.0.1', '--port', String(port), '--inspector-port', String(inspector)],
    '--show-interactive-dev-session=false',
    ...Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]),
  ]
  const teardown = await startWranglerDev({ root, args, url: baseUrl, log: join(STATE, 'wrangler.log') })
  project.provide('baseUrl', baseUrl)
  project.provide('blogUrl', blogUrl)
  return teardown
}
