// `npm run bench:import`: a generated 100,000-comment Disqus export imported into a fresh local D1 through the real
// CLI (npm run import): time and peak memory of the CLI for the dry run, the import and a second (idempotent) run, and
// the D1 rows written. Writes its section of bench/RESULTS.md.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { d1Query } from '../scripts/d1-command.mjs'
import { prepareDatabase, root } from '../scripts/local-setup.mjs'
import { writeDisqusExport } from './lib/disqus-export.mjs'
import { machine } from './lib/machine.mjs'
import { writeSection } from './lib/results-file.mjs'

const COMMENTS = Number(process.env.BENCH_IMPORT_COMMENTS ?? 100_000)
const THREADS = Math.max(1, Math.round(COMMENTS / 50))
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-import-'))
const file = join(dir, 'disqus.xml')
const state = join(dir, 'state')
const query = (sql) => d1Query(sql, { persistTo: state })

/** One run of the CLI, as a site owner starts it: its wall time, peak memory and report. */
function importOnce(...extra) {
  const started = performance.now()
  const args = [
    '--import',
    join(root, 'bench/lib/peak-rss.mjs'),
    'scripts/import.mjs',
    'disqus',
    file,
    '--site',
    'bench',
  ]
  const cli = spawnSync(process.execPath, [...args, '--persist-to', state, ...extra], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
  if (cli.status !== 0) throw new Error(`the import failed:\n${cli.stderr}`)
  const seconds = (performance.now() - started) / 1000
  const peakMb = Number(/\[peak-rss\] (\d+)/.exec(cli.stderr)?.[1]) / 1024
  return { seconds, peakMb, report: cli.stdout.replace(file, 'FILE').split('\n') }
}

const counts = () =>
  query(`SELECT (SELECT count(*) FROM threads WHERE site_id = 'bench') AS threads,
    (SELECT count(*) FROM comments c JOIN threads t ON t.id = c.thread_id WHERE t.site_id = 'bench') AS comments,
    (SELECT count(*) FROM comments c JOIN threads t ON t.id = c.thread_id WHERE t.site_id = 'bench'
      AND c.parent_id IS NOT NULL) AS replies`)[0]

try {
  const setup = machine()
  console.log(`[bench] writing a ${COMMENTS}-comment Disqus export`)
  await writeDisqusExport(file, { comments: COMMENTS, threads: THREADS })
  const sizeMb = statSync(file).size / 1024 ** 2
  prepareDatabase({ persistTo: state, quiet: true })
  query(`INSERT INTO sites (id, name, allowed_origins, created_at) VALUES ('bench', 'Bench', '[]', 0)`)
  console.log('[bench] dry run')
  const dry = importOnce('--dry-run')
  console.log('[bench] import')
  const first = importOnce()
  const afterFirst = counts()
  console.log('[bench] import again')
  const second = importOnce()
  const afterSecond = counts()
  const row = (name, r) => `| ${name} | ${r.seconds.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB |`
  writeSection(
    'import',
    [
      `## Import: a ${COMMENTS.toLocaleString('en')}-comment Disqus export (\`npm run bench:import\`)`,
      '',
      `Generated file: ${COMMENTS.toLocaleString('en')} posts in ${THREADS.toLocaleString('en')} threads, ` +
        `${sizeMb.toFixed(1)} MB (bench/lib/disqus-export.mjs). Into a fresh local D1 through the CLI ` +
        "(`npm run import -- disqus FILE --site bench`); peak memory is the CLI process's own (wrangler, which it " +
        'runs once per SQL file, is apart).',
      '',
      '| run | wall time | peak memory of the CLI |',
      '| --- | --- | --- |',
      row('`--dry-run` (read twice, report, SQL made, nothing written)', dry),
      row('import into an empty site', first),
      row('the same import again (adds nothing)', second),
      '',
      `D1 rows after the import: ${afterFirst.threads} threads, ${afterFirst.comments} comments ` +
        `(${afterFirst.replies} linked to their parents); after the second run: ${afterSecond.threads} threads, ` +
        `${afterSecond.comments} comments.`,
      '',
      'The report of the import:',
      '',
      '```',
      // Its counts; the list of every thread's key after them is 2,000 lines long.
      ...first.report.slice(0, first.report.findIndex((l) => l.startsWith('rows written')) + 1),
      '```',
      '',
      `Machine: ${setup.cpu}, ${setup.cores} cores, ${setup.memoryGb.toFixed(1)} GB, load ${setup.loadBefore} before; ` +
        `Node ${setup.node}, wrangler ${setup.wrangler}, workerd ${setup.workerd}. Measured ${new Date().toISOString()}.`,
    ].join('\n'),
  )
  console.log('[bench] bench/RESULTS.md: import section written')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
