// The D1 part of bench/RESULTS.md: round trips and rows per request, and the mail fan-out to 10,000 followers.
import { n0, n1, table } from './format.mjs'
import { FOLLOWERS } from './seed.mjs'

function d1Check(row) {
  if (row.allowance === undefined) return ''
  const limit = row.returned + row.allowance
  return row.rowsRead <= limit
    ? `ok: ${row.rowsRead} ≤ ${row.returned} + ${row.allowance}`
    : `**FAIL**: ${row.rowsRead} > ${row.returned} + ${row.allowance}`
}

export const d1Section = (r) => `## D1 work per request

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
`
