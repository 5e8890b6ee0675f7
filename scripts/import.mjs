// `npm run import -- <format> <file> --site S`: moves a site's comments from Disqus, WordPress, Isso, Remark42 or a
// Parley export into local D1 (or --remote). Reads the file twice as a stream, prints the report, and only then writes.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isSiteId } from '../worker/site-rules.ts'
import { failWith, readArgs } from './cli.mjs'
import { d1File, d1Query, sqlLiteral } from './d1-command.mjs'
import { READERS } from './import/formats.mjs'
import { parseMaps, TRAILING_SLASH } from './import/keys.mjs'
import { options, USAGE } from './import/options.mjs'
import { planImport } from './import/plan.mjs'
import { reportLines } from './import/report.mjs'

const fail = failWith(USAGE)
const { values: v, positionals } = readArgs(options, fail)
if (v.help) {
  console.log(USAGE)
  process.exit(0)
}
const [format, file, ...extra] = positionals
if (!format || !file) fail('give a format and a file')
if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')}`)
if (!READERS[format]) fail(`unknown format "${format}": give one of ${Object.keys(READERS).join(', ')}`)
if (!existsSync(file)) fail(`no file ${file}`, false)
if (!v.site || !isSiteId(v.site)) fail('give --site: the id of a site made with npm run site -- add')
if (!TRAILING_SLASH.includes(v['trailing-slash'])) fail('--trailing-slash takes add or remove')
let maps
try {
  maps = parseMaps(v.map)
} catch (err) {
  fail(err.message)
}

const where = { remote: v.remote, persistTo: v['persist-to'] }
const site = d1Query(`SELECT language FROM sites WHERE id = ${sqlLiteral(v.site)}`, where)[0]
if (!site)
  fail(
    `no site "${v.site}"${v.remote ? ' in the deployed D1' : ''}: add it first, npm run site -- add ${v.site} …`,
    false,
  )

const dir = mkdtempSync(join(tmpdir(), 'parley-import-'))
// On every way out, fail() included: process.exit skips `finally`.
process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
const read = (path) => READERS[format](path, { withPingbacks: v['with-pingbacks'] === true })
const ctx = {
  siteId: v.site,
  source: format,
  language: site.language,
  maps,
  trailingSlash: v['trailing-slash'],
  dir,
  remote: v.remote,
}
let plan
try {
  plan = await planImport(read, file, ctx)
} catch (err) {
  fail(`${file}, ${err.message}. Nothing was written.`, false)
}
const written = !v['dry-run']
if (written) {
  for (const [i, path] of plan.files.entries()) {
    try {
      d1File(path, where)
    } catch (err) {
      const done = `${i} of ${plan.files.length} parts were written`
      fail(`${err.message}\n${done}; run the same command again: it adds only what is missing.`, false)
    }
  }
}
console.log(reportLines({ format, file, siteId: v.site, written }, plan).join('\n'))
