// `npm run import -- … --remote` against "production" D1: a stand-in wrangler on the PATH (remote-d1-wrangler.mjs)
// sends every --remote command to a second local D1, measures each SQL file, and drops the network once midway.
// A 10,000-comment export: it must go in files and statements within D1's limits, and a run that failed midway is
// completed by running it again, with nothing doubled.
import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { writeDisqusExport } from '../../bench/lib/disqus-export.mjs'
import { d1Query } from '../../scripts/d1-command.mjs'
import { prepareDatabase, root } from '../../scripts/local-setup.mjs'

const dir = mkdtempSync(join(tmpdir(), 'parley-import-remote-'))
const remote = join(dir, 'production')
const log = join(dir, 'files.log')
const file = join(dir, 'disqus.xml')
const bin = join(dir, 'bin')

// The file size the README promises for D1's import, and D1's limit for one statement.
const D1_FILE_BYTES = 4_000_000
const D1_STATEMENT_BYTES = 100_000

beforeAll(async () => {
  mkdirSync(bin)
  const stand = join(import.meta.dirname, 'remote-d1-wrangler.mjs')
  writeFileSync(join(bin, 'wrangler'), `#!/bin/sh\nexec "${process.execPath}" "${stand}" "$@"\n`)
  chmodSync(join(bin, 'wrangler'), 0o755)
  await writeDisqusExport(file, { comments: 10_000, threads: 200 })
  prepareDatabase({ persistTo: remote, quiet: true })
  d1Query(`INSERT INTO sites (id, name, created_at) VALUES ('blog', 'Blog', 0)`, { persistTo: remote })
}, 180_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The command as a site owner runs it, with the stand-in first on the PATH. */
function importRemote(path = file) {
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, REMOTE_STATE: remote, REMOTE_LOG: log }
  const args = ['--disable-warning=ExperimentalWarning', 'scripts/import.mjs', 'disqus', path, '--site', 'blog']
  const run = spawnSync(process.execPath, [...args, '--remote'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...env, FAIL_AT_FILE: '2' },
  })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

const production = () =>
  d1Query(
    `SELECT count(*) AS comments, count(DISTINCT c.source_id) AS distinct_sources,
      (SELECT count(*) FROM threads WHERE site_id = 'blog') AS threads,
      (SELECT count(*) FROM sqlite_master WHERE name = 'import_staging') AS staging
    FROM comments c JOIN threads t ON t.id = c.thread_id WHERE t.site_id = 'blog'`,
    { persistTo: remote },
  )[0]

it('refuses a truncated file with its line, and sends D1 nothing', () => {
  const cut = join(dir, 'cut.xml')
  const text = readFileSync(file, 'utf8')
  writeFileSync(cut, text.slice(0, text.indexOf('<post dsq:id="5000">')))
  const run = importRemote(cut)
  expect(run.code).toBe(1)
  expect(run.err).toMatch(/line \d+: the file is not well-formed XML .*Nothing was written\./)
  expect(production()).toMatchObject({ threads: 0, comments: 0 })
  expect(existsSync(log)).toBe(false)
})

it('goes to D1 in files and statements within its limits; a run the network cut midway is completed by the next', () => {
  const cut = importRemote()
  expect(cut.code).toBe(1)
  expect(cut.err).toMatch(/network went away[\s\S]*1 of \d+ parts were written; run the same command again/)
  // Nothing half-done reaches readers: the comments go to their threads in the last part.
  expect(production()).toMatchObject({ comments: 0 })

  const again = importRemote()
  expect(again.code, again.err).toBe(0)
  const done = production()
  expect(done).toMatchObject({ threads: 200, staging: 0 })
  expect(done.comments).toBe(done.distinct_sources)
  expect(again.out).toContain(
    `rows written (rows already there are left alone): 200 threads, ${done.comments} comments`,
  )

  const files = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line))
  expect(files.length).toBeGreaterThan(2)
  for (const sizes of files) {
    expect(sizes.bytes).toBeLessThanOrEqual(D1_FILE_BYTES)
    expect(sizes.largestStatement).toBeLessThan(D1_STATEMENT_BYTES)
  }

  expect(importRemote().code).toBe(0)
  expect(production()).toEqual(done)
}, 600_000)
