// For the import tests: a format's plan for a fixture (or any text written to a temporary file), without D1; the
// command line as a site owner runs it; an export in a form two sites' exports can be compared in.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onTestFinished } from 'vitest'
import { READERS } from '../../scripts/import/formats.mjs'
import { parseMaps } from '../../scripts/import/keys.mjs'
import { planImport } from '../../scripts/import/plan.mjs'
import { reportLines } from '../../scripts/import/report.mjs'

export const fixture = (name: string) => join(import.meta.dirname, 'fixtures/import', name)

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parley-import-test-'))
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }))
  return dir
}

/** `text` in a temporary file of that name. */
export function tempFile(name: string, text: string | Buffer): string {
  const path = join(tempDir(), name)
  writeFileSync(path, text)
  return path
}

type Options = { map?: string[]; trailingSlash?: string; withPingbacks?: boolean; language?: string }

/** The dry run of `npm run import -- <format> <file> --site blog`: its report and the SQL it would run. */
export async function dryRun(format: string, file: string, options: Options = {}) {
  const read = (path: string) => READERS[format]!(path, { withPingbacks: options.withPingbacks === true })
  const ctx = {
    siteId: 'blog',
    source: format,
    language: options.language ?? 'en',
    maps: parseMaps(options.map),
    trailingSlash: options.trailingSlash ?? 'keep',
    dir: tempDir(),
  }
  const plan = await planImport(read, file, ctx)
  const lines: string[] = reportLines({ format, file: 'FILE', siteId: 'blog', written: false }, plan)
  return { plan, lines, sql: plan.files.map((f: string) => readFileSync(f, 'utf8')).join('') }
}

/** Every record a reader yields for `file`. */
export async function recordsOf(format: string, file: string, withPingbacks = false) {
  const records = []
  for await (const record of READERS[format]!(file, { withPingbacks })) records.push(record)
  return records
}

/** `npm run -s <args>` in the repository, as a site owner types it. */
export function npm(...args: string[]) {
  const run = spawnSync('npm', ['run', '-s', ...args], { encoding: 'utf8', cwd: join(import.meta.dirname, '../..') })
  return { code: run.status, out: run.stdout, err: run.stderr }
}

/** The session cookie of the owner, signed in at `origin` (a local server) with the sign-in `npm start` wrote. */
export async function ownerCookie(origin: string): Promise<string> {
  const root = join(import.meta.dirname, '../..')
  const [, password] = readFileSync(join(root, '.dev.vars'), 'utf8').match(/^ADMIN_PASSWORD="(.*)"$/m)!
  const res = await fetch(`${origin}/api/admin/login`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ user: 'admin', password }),
  })
  if (res.status !== 200) throw new Error(`signing in answered ${res.status}`)
  return res.headers.get('set-cookie')!.split(';')[0]!
}

/** The export with every id replaced by what it points at (a thread's key, a comment's position), as ids differ. */
export function comparable(doc: any) {
  const keyOf = new Map(doc.threads.map((t: any) => [t.id, t.key]))
  const indexOf = new Map(doc.comments.map((c: any, i: number) => [c.id, i]))
  return {
    threads: doc.threads.map(({ id: _, ...t }: any) => t),
    comments: doc.comments.map(({ id: _, threadId, parentId, ...c }: any) => ({
      ...c,
      thread: keyOf.get(threadId),
      parent: parentId === null ? null : indexOf.get(parentId),
    })),
    followers: doc.followers.map(({ threadId, ...f }: any) => ({ ...f, thread: keyOf.get(threadId) })),
  }
}

/** An Isso database file made from SQL (Isso enforces no foreign keys: a comment may name a thread that is gone). */
export async function issoFile(sql: string): Promise<string> {
  const { DatabaseSync } = await import('node:sqlite')
  const path = join(tempDir(), 'comments.db')
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: false })
  db.exec(sql)
  db.close()
  return path
}

/** docs/parley-export.schema.json, the documented format. */
export const SCHEMA = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/parley-export.schema.json'), 'utf8'),
)
/** The fields of the document and of each kind of record: an export's, or those docs/ says every export has. */
export const fieldsOf = (doc: any) =>
  doc.properties
    ? [
        doc.required,
        ...['site', 'threads', 'comments', 'followers'].map(
          (k) => (doc.properties[k].items ?? doc.properties[k]).required,
        ),
      ]
    : [Object.keys(doc), ...[doc.site, doc.threads[0], doc.comments[0], doc.followers[0]].map(Object.keys)]
