// `npm run serve`: the built Worker on workerd through Miniflare's API (the runtime production uses, without wrangler
// dev's reload proxy), with the local D1 state, .dev.vars and local switches of `npm start`, on 127.0.0.1:8787.
// Options: --port N, --persist-to DIR (as wrangler's; default .wrangler/state), --var NAME:VALUE (repeatable, over .dev.vars),
// --no-build (serve widget/dist as it is: a test beside others must not rewrite the files they read).
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { unstable_getMiniflareWorkerOptions } from 'wrangler'
import { prepareDatabase, root, wrangler, writeDevVars } from './local-setup.mjs'

// The Miniflare that wrangler itself runs: its workerd knows wrangler.toml's compatibility date, and it reads the
// options wrangler produces. The top-level `miniflare` package can lag behind it by months.
const { Miniflare, convertV4MiniflareOptions } = createRequire(createRequire(import.meta.url).resolve('wrangler'))(
  'miniflare',
)

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    'persist-to': { type: 'string', default: '.wrangler/state' },
    var: { type: 'string', multiple: true, default: [] },
    'no-build': { type: 'boolean', default: false },
  },
})
const persistTo = resolve(root, values['persist-to'])
const overrides = Object.fromEntries(
  values.var.map((pair) => {
    const at = pair.indexOf(':')
    if (at < 1) throw new Error(`--var wants NAME:VALUE, got "${pair}"`)
    return [pair.slice(0, at), pair.slice(at + 1)]
  }),
)

writeDevVars()
if (!values['no-build']) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }) // the widget and the admin page
  if (build.error) throw build.error
  if (build.status !== 0) process.exit(build.status ?? 1)
}
prepareDatabase({ persistTo, quiet: true })
// The same bundle `wrangler deploy` would upload: one ES module with every dependency inlined.
const outdir = join(root, '.wrangler', 'serve')
wrangler(['deploy', '--dry-run', '--outdir', outdir], { quiet: true })

// Bindings, vars, .dev.vars, assets, queues and send_email exactly as wrangler.toml and wrangler dev define them.
const { workerOptions } = unstable_getMiniflareWorkerOptions(join(root, 'wrangler.toml'))
// The bundle is self-contained: wrangler's rules for locating extra modules do not apply to it.
const { modulesRules: _rules, ...options } = workerOptions
const mf = new Miniflare(
  convertV4MiniflareOptions({
    host: '127.0.0.1',
    port: Number(values.port),
    resourcePersistencePath: join(persistTo, 'v3'),
    workers: [
      {
        ...options,
        name: 'parley',
        bindings: { ...options.bindings, ...overrides },
        modulesRoot: outdir,
        modules: [{ type: 'ESModule', path: join(outdir, 'index.js') }],
      },
    ],
  }),
)
const url = await mf.ready
console.log(`[parley] serving the built Worker on workerd at ${url} (D1 state: ${join(persistTo, 'v3', 'd1')})`)

async function stop() {
  await mf.dispose()
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stop)
