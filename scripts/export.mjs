// `npm run export -- --site S [--remote] > S.json`: the whole site as Parley's JSON (README, "Export"), read with the
// statements and the mapper of the admin page's download (worker/db/export.ts), so both give the same document.
import { isSiteId } from '../worker/site-rules.ts'
import { EXPORT_SQL, toExport } from '../worker/export-format.ts'
import { failWith, readArgs } from './cli.mjs'
import { d1Queries, sqlLiteral } from './d1-command.mjs'

const USAGE = `Usage: npm run export -- --site SITE [--remote] [--persist-to DIR] > SITE.json

Writes the site's settings, threads, comments (with their parents, states and times) and followers (with their
states) as JSON to standard output: local D1 unless --remote. npm run import -- parley FILE --site S reads it back.`

const options = { site: { type: 'string' }, remote: { type: 'boolean' }, 'persist-to': { type: 'string' } }
const fail = failWith(USAGE)
const { values: v, positionals } = readArgs({ ...options, help: { type: 'boolean', short: 'h' } }, fail)
if (v.help) {
  console.log(USAGE)
  process.exit(0)
}
if (positionals.length > 0) fail(`unexpected arguments: ${positionals.join(' ')}`)
if (!v.site || !isSiteId(v.site)) fail('give --site: the id of a site')

// Each statement's one parameter is the site id: quoted strictly, as every value the scripts send to D1. One wrangler
// run for all four, so they read one state of the database.
const statements = Object.values(EXPORT_SQL).map((sql) => sql.replace('?', sqlLiteral(v.site)))
const [[site], threads, comments, followers] = d1Queries(statements, { remote: v.remote, persistTo: v['persist-to'] })
if (!site) fail(`no site "${v.site}"`, false)
process.stdout.write(`${JSON.stringify(toExport({ site, threads, comments, followers }, Date.now()), null, 1)}\n`)
