// `npm run bench`: the widget's size, the API under load on workerd (`npm run serve`) and under `wrangler dev`, D1 work per
// request, the mail fan-out, the widget's render time and the code's alternative in Chromium, and Markdown on hostile
// input; writes bench/RESULTS.md.
// Bounded to 5 minutes.
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { prepareDatabase, root, writeDevVars } from '../scripts/local-setup.mjs'
import { countsPath, listPath, postWithD1Stats } from './lib/api.mjs'
import { measureCache, rowsPer1000Views } from './lib/cache.mjs'
import { d1Figures, measurePost } from './lib/figures.mjs'
import { measure } from './lib/load.mjs'
import { markdownWorstCases } from './lib/markdown.mjs'
import { machine } from './lib/machine.mjs'
import { measureProof } from './lib/proof.mjs'
import { measureRender } from './lib/render.mjs'
import { report } from './lib/report.mjs'
import { writeMainReport } from './lib/results-file.mjs'
import { COUNT_THREADS, LAST_OF_FIRST_PAGE, query, seed, SITE, THREADS } from './lib/seed.mjs'
import { memoryMb, startServer } from './lib/servers.mjs'
import { widgetSizes } from './lib/sizes.mjs'

const TMP = join(root, 'bench', '.tmp')
const STATE = join(TMP, 'state')
const SERVE_ORIGIN = 'http://127.0.0.1:8797'
const DEV_ORIGIN = 'http://127.0.0.1:8798'
// Local settings for the run only: posts from one IP, to one thread, far beyond the usual limits (so each is published,
// as an ordinary post is), and solved challenges.
const UNLIMITED = ['RATE_LIMIT_PER_10_MIN', 'SITE_COMMENTS_PER_MINUTE', 'THREAD_COMMENTS_PER_MINUTE']
const VARS = [...UNLIMITED.map((name) => `${name}:1000000000`), 'EXPOSE_CHALLENGE_ANSWER:true']
const BUDGET_MS = 290_000

const started = Date.now()
const step = (message) => console.log(`[bench] ${Math.round((Date.now() - started) / 1000)} s: ${message}`)
let running = null
const watchdog = setTimeout(async () => {
  console.error('[bench] over the 5-minute budget: stopping')
  await running?.stop()
  process.exit(1)
}, BUDGET_MS)

const serveArgs = (extraVars = []) => [
  join(root, 'scripts', 'serve.mjs'),
  ...['--port', '8797', '--persist-to', STATE],
  ...[...VARS, ...extraVars].flatMap((v) => ['--var', v]),
]
const devArgs = () => [
  join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
  ...[
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    '8798',
    '--persist-to',
    STATE,
    '--show-interactive-dev-session=false',
    '--log-level',
    'warn',
  ],
  ...VARS.flatMap((v) => ['--var', v]),
]
const start = async (name, args, origin) => {
  running = await startServer({ args, origin, cwd: root, logPath: join(TMP, `${name}.log`) })
  step(`${name} answering on ${origin}`)
  return running
}
const stop = async () => {
  await running.stop()
  running = null
}

async function main() {
  rmSync(TMP, { recursive: true, force: true })
  mkdirSync(TMP, { recursive: true })
  writeDevVars()
  prepareDatabase({ persistTo: STATE, quiet: true })
  seed(STATE, TMP, [SERVE_ORIGIN, DEV_ORIGIN])
  step('local D1 seeded (bench/.tmp/state)')

  const results = { date: new Date(), machine: machine() }
  let server = await start('serve', serveArgs(), SERVE_ORIGIN)
  results.sizes = widgetSizes(join(root, 'widget', 'dist'))
  results.markdown = markdownWorstCases()
  results.serve = { idle: memoryMb(server.pid) }
  results.serve.listSmall = await measure(server, { origin: SERVE_ORIGIN, path: listPath(THREADS.small) })
  results.serve.listLarge = await measure(server, { origin: SERVE_ORIGIN, path: listPath(THREADS.large) })
  results.serve.counts = await measure(server, { origin: SERVE_ORIGIN, path: countsPath(COUNT_THREADS) })
  results.serve.post = await measurePost(server, SERVE_ORIGIN)
  results.cache = await measureCache(server, SERVE_ORIGIN)
  step('load on npm run serve done')
  results.render = await measureRender({
    origin: SERVE_ORIGIN,
    site: SITE,
    thread: THREADS.small,
    marker: LAST_OF_FIRST_PAGE,
  })
  step('render timing done')
  results.proof = await measureProof({ origin: SERVE_ORIGIN, site: SITE, thread: THREADS.post })
  step('puzzle timing done')
  await stop()

  server = await start('wrangler-dev', devArgs(), DEV_ORIGIN)
  results.dev = { idle: memoryMb(server.pid) }
  results.dev.listSmall = await measure(server, { origin: DEV_ORIGIN, path: listPath(THREADS.small) })
  results.dev.listLarge = await measure(server, { origin: DEV_ORIGIN, path: listPath(THREADS.large) })
  step('load on wrangler dev done')
  await stop()

  // Last, on a server with the D1 recorder on: the recorder is not in the timed runs above, and the fan-out's 10,000
  // queue messages keep the consumer busy after it.
  await start('serve-d1-stats', serveArgs(['EXPOSE_D1_STATS:true']), SERVE_ORIGIN)
  results.d1 = await d1Figures(SERVE_ORIGIN)
  results.hotThread = await rowsPer1000Views(SERVE_ORIGIN)
  results.fanOut = await postWithD1Stats(SERVE_ORIGIN, THREADS.fanOut)
  await stop()
  const commentId = results.fanOut.body.comment.id
  results.fanOut.outboxRows = query(
    STATE,
    `SELECT count(*) AS n FROM outbox WHERE comment_id = ${Number(commentId)} AND kind = 'notify'`,
  )[0].n
  results.seconds = (Date.now() - started) / 1000

  return results
}

try {
  writeMainReport(report(await main()))
  step('wrote bench/RESULTS.md')
} finally {
  // Also on a failure: no server of ours outlives the run.
  await running?.stop()
  clearTimeout(watchdog)
}
