// bench/RESULTS.md from the figures of one run.
import { CONNECTIONS, SECONDS, WARM_UP_SECONDS } from './load.mjs'
import { FOLLOWERS } from './seed.mjs'
import { n0, n1, n2, table } from './format.mjs'
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

function d1Check(row) {
  if (row.allowance === undefined) return ''
  const limit = row.returned + row.allowance
  return row.rowsRead <= limit
    ? `ok: ${row.rowsRead} ≤ ${row.returned} + ${row.allowance}`
    : `**FAIL**: ${row.rowsRead} > ${row.returned} + ${row.allowance}`
}

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

## D1 work per request

From D1's result \`meta\`, recorded by the Worker for this run only (local switch \`EXPOSE_D1_STATS\`, header
\`X-Parley-D1-Stats\`). A round trip is one statement or one batch; D1 wait is the time the Worker spent awaiting D1 (local
D1, no network: production adds a network round trip to the nearest replica, or to the primary for writes, per round trip).

${table(
  ['request', 'round trips', 'rows read', 'rows written', 'returned', 'rows read check', 'D1 wait ms'],
  r.d1.map((row) => [
    row.label,
    row.roundTrips,
    n0(row.rowsRead),
    n0(row.rowsWritten),
    row.returned,
    d1Check(row),
    n0(row.waitMs),
  ]),
)}

## Mail fan-out

One comment posted to a thread with ${n0(FOLLOWERS)} active followers: the outbox rows are written by one INSERT … SELECT in
the same D1 batch as the comment.

${table(
  [
    'followers',
    'outbox rows written',
    'D1 rows written (with index entries)',
    'D1 SQL time ms',
    'D1 wait ms',
    'POST answered in ms',
  ],
  [
    [
      n0(FOLLOWERS),
      n0(r.fanOut.outboxRows),
      n0(r.fanOut.rowsWritten),
      n1(r.fanOut.sqlMs),
      n0(r.fanOut.waitMs),
      n0(r.fanOut.wallMs),
    ],
  ],
)}

D1 SQL time is D1's own execution time (\`meta.duration\`) of the request's statements; D1 wait is how long the Worker
waited for them; the answer time is the whole POST as the client saw it. The queue messages for these rows are sent
after the answer (\`waitUntil\`).

${renderSection(r.render)}

${proofSection(r.proof)}

${markdownSection(r.markdown)}
`
}
