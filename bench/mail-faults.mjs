// `npm run bench:mail`: the mail benchmarks of issue 13, run in workerd (bench/mail/, through vitest): the fault run
// (10 % of a 10,000-follower fan-out refused for good) and digests (10,000 digest followers, 50 comments). Writes its
// own section of bench/RESULTS.md; `npm run bench` leaves it alone.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../scripts/local-setup.mjs'
import { machine } from './lib/machine.mjs'
import { writeSection } from './lib/results-file.mjs'

const before = machine()
const run = spawnSync('npx', ['vitest', 'run', '--config', join(root, 'bench', 'mail', 'vitest.config.ts')], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
})
process.stderr.write(run.stderr.slice(-4000))
const measures = Object.fromEntries(
  run.stdout
    .split('\n')
    .filter((line) => line.includes('[mail-bench] '))
    .map((line) => JSON.parse(line.slice(line.indexOf('[mail-bench] ') + 13)))
    .map((m) => [m.measure, m]),
)
if (run.status !== 0 || !measures.faults || !measures.digests) {
  console.error(run.stdout.slice(-6000))
  console.error('[bench:mail] a benchmark failed: RESULTS.md left as it was')
  process.exit(1)
}

const f = measures.faults
const d = measures.digests
const n = (x) => x.toLocaleString('en')
const d1 = (x) => `${n(x.roundTrips)} round trips, ${n(x.rowsRead)} rows read, ${n(x.rowsWritten)} written`
const per = (ms, mails, x) =>
  `${(ms / mails).toFixed(1)} ms, ${(x.roundTrips / mails).toFixed(1)} round trips, ${(x.rowsRead / mails).toFixed(1)} rows read`
const loadAfter = readFileSync('/proc/loadavg', 'utf8').split(' ')[0]
const section = `## Mail: permanent failures and digests (\`npm run bench:mail\`)

Measured ${new Date().toISOString().slice(0, 10)} on ${before.cpu} (${before.cores} cores), workerd ${before.workerd}, load
average ${before.loadBefore} before and ${loadAfter} after (the machine was shared: other work shows in the times). In
workerd with local D1 (the worker tests' runtime), one batch of 10 at a time (\`max_batch_size\`; Cloudflare Queues
runs several consumers at once, this run none in parallel), and a send_email binding that only counts. The times are
mostly local D1 round trips, one after another; the round trips and rows per mail are what carries over.

**Fault run**: ${n(f.followers)} followers, ${n(f.refusedAddresses)} of them (10 %) refused for good by the transport
(\`E_RECIPIENT_SUPPRESSED\`, as the local mailbox plays it for \`bounce…@\`).

| figure | value |
| --- | --- |
| publish (comment + ${n(f.followers)} outbox rows, one batch) | ${n(f.publishMs)} ms |
| deliver all ${n(f.followers)} rows | ${n(f.deliverMs)} ms; ${d1(f.d1)} |
| per mail | ${per(f.deliverMs, f.followers, f.d1)} |
| rows \`sent\` / \`failed\` / \`dead\` / still \`queued\` | ${n(f.sent)} / ${n(f.failed)} / ${n(f.dead)} / ${n(f.queued)} |
| \`failed\` after exactly one attempt | ${n(f.failedAfterOneAttempt)} |
| followers \`bounced\` | ${n(f.bouncedFollowers)} |
| queue retries asked | ${n(f.retriedMessages)} |
| mails to refused addresses | ${n(f.mailsToRefused)} |
| other recipients with exactly one mail / more than one | ${n(f.recipientsWithOneMail)} / ${n(f.recipientsWithMore)} |
| rows the cron would re-drive an hour later | ${n(f.redrivenAnHourLater)} |

**Digests**: ${n(d.followers)} followers in digest mode, ${n(d.comments)} new comments.

| figure | value |
| --- | --- |
| a post to the thread (flags the digest followers) | ${n(d.postMsEach)} ms each |
| the cron's build: ${n(d.digestsWritten)} digest rows, one batch | ${n(d.buildMs)} ms; ${d1(d.buildD1)} |
| digests written by a second run right after | ${n(d.writtenByASecondRun)} |
| deliver all ${n(d.digestsWritten)} (render ${n(d.comments)} comments each, send, mark) | ${n(d.deliverMs)} ms; ${d1(d.deliverD1)} |
| per digest | ${per(d.deliverMs, d.digestsWritten, d.deliverD1)} |
| sent / recipients with exactly one digest / comments in a digest | ${n(d.sentDigests)} / ${n(d.recipientsWithOneMail)} / ${n(d.commentsInADigest)} |
| subject | ${d.subject} |
`
writeSection('mail-faults', section)
console.log(section)
