// bench/RESULTS.md from the figures of one run.
import { CONNECTIONS, SECONDS, WARM_UP_SECONDS } from './load.mjs'
import { n0, n1, n2, table } from './format.mjs'
import { cacheSection } from './report-cache.mjs'
import { d1Section } from './report-d1.mjs'
import { markdownSection } from './report-markdown.mjs'
import { proofSection } from './report-proof.mjs'
import { renderSection, sizeSection } from './report-widget.mjs'

const loadRows = (runs) =>
  runs.map(([label, r]) => [
    label,
    n0(r.rps),
    n1(r.p50),
    n1(r.p99),
    n0(r.answered),
    n0(r.errors),
    n0(r.non2xx),
    n2(r.cpuMsPerRequest),
    n0(r.memory.rss),
  ])
const LOAD_HEAD = [
  'endpoint',
  'req/s',
  'p50 ms',
  'p99 ms',
  'answered',
  'errors',
  'non-2xx',
  'server CPU ms/req',
  'server RSS after, MB',
]

export function report(r) {
  const m = r.machine
  return `# Parley benchmarks

Written by \`npm run bench\` on ${r.date.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${Math.round(r.seconds)} s. Figures
vary between machines and runs; run it again rather than trusting an old table.

## Machine

${table(['CPU', 'cores', 'memory', 'kernel', 'Node', 'workerd', 'Miniflare', 'wrangler'], [[m.cpu, m.cores, `${n1(m.memoryGb)} GB`, m.kernel, m.node, m.workerd, m.miniflare, m.wrangler]])}

Load average (1 min) when the run began: ${m.loadBefore}. Anything else running on the machine shows in the figures below.

${sizeSection(r.sizes)}

## API under load

autocannon, ${CONNECTIONS} connections, ${SECONDS} s per row after a ${WARM_UP_SECONDS} s warm-up, on the same machine as the server (they
share the cores). Site \`bench\`, seeded by one INSERT … SELECT per table. Posting solves each challenge through the local
switch \`EXPOSE_CHALLENGE_ANSWER\`, with \`RATE_LIMIT_PER_10_MIN\` raised for the run (\`--var\`). "answered" counts every
HTTP answer; "errors" are connection errors and timeouts. Server CPU is user + system time of the server's whole
process tree (/proc), divided by the requests answered; n/a when a process of the tree restarted during the run (wrangler
dev restarts workerd whenever a source file changes), as its time left with it.

### \`npm run serve\`: the built Worker on workerd through Miniflare

${table(
  LOAD_HEAD,
  loadRows([
    ['list, 200-comment thread, first page', r.serve.listSmall],
    ['list, 2,000-comment thread, first page', r.serve.listLarge],
    ['counts, 20 threads', r.serve.counts],
    ['post a comment', r.serve.post],
  ]),
)}

### \`wrangler dev\`, for reference

${table(
  LOAD_HEAD,
  loadRows([
    ['list, 200-comment thread, first page', r.dev.listSmall],
    ['list, 2,000-comment thread, first page', r.dev.listLarge],
  ]),
)}

### Server memory (resident, whole process tree)

${table(
  ['mode', 'idle, MB', 'after the runs, MB', "peak, MB (sum of each process's VmHWM)"],
  [
    ['npm run serve', n0(r.serve.idle.rss), n0(r.serve.post.memory.rss), n0(r.serve.post.memory.peak)],
    ['wrangler dev', n0(r.dev.idle.rss), n0(r.dev.listLarge.memory.rss), n0(r.dev.listLarge.memory.peak)],
  ],
)}

${cacheSection((runs) => table(LOAD_HEAD, loadRows(runs)), r.cache, r.hotThread)}

${d1Section(r)}

${renderSection(r.render)}

${proofSection(r.proof)}

${markdownSection(r.markdown)}
`
}
