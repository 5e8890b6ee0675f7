// `npm run site -- add|list|update …`: manage sites in local D1 (the default) or the deployed one (--remote).
// Every value is checked by the Worker's own rules (worker/domain.ts, worker/site-rules.ts) and quoted strictly
// (scripts/d1-command.mjs) before it reaches SQL.
import { isSiteId } from '../worker/site-rules.ts'
import { failWith, readArgs } from './cli.mjs'
import { d1Query, sqlLiteral } from './d1-command.mjs'
import { USAGE, options } from './site-options.mjs'
import { settingsFrom } from './site-settings.mjs'

const fail = failWith(USAGE)
const {
  values: v,
  positionals: [command, id, ...extra],
} = readArgs(options, fail)
if (v.help || !command) {
  console.log(USAGE)
  process.exit(command || v.help ? 0 : 1)
}
if (extra.length > 0) fail(`unexpected arguments: ${extra.join(' ')}`)

const sql = (value) => {
  try {
    return sqlLiteral(value)
  } catch (err) {
    return fail(err.message)
  }
}
const query = (statement) => d1Query(statement, { remote: v.remote, persistTo: v['persist-to'] })

const COLUMNS = `id, name, allowed_origins, owner_email, notify_owner, moderation, language, gate, spam_threshold, erase_mode,
  admins, webhook_url, webhook_format, webhook_secret`
const settings = (current) => settingsFrom(v, current, fail)

function checkedId() {
  if (!id || !isSiteId(id)) fail('give a site id: 1 to 64 letters, digits, - or _, starting with a letter or digit')
  return id
}

function find(siteId) {
  return query(`SELECT ${COLUMNS} FROM sites WHERE id = ${sql(siteId)}`)[0] ?? null
}

function show(rows) {
  if (rows.length === 0) return console.log('No sites yet. Add one: npm run site -- add <id> --name NAME --origin URL')
  console.table(
    rows.map((r) => ({
      ...r,
      allowed_origins: JSON.parse(r.allowed_origins).join(' '),
      notify_owner: r.notify_owner === 1,
      admins: JSON.parse(r.admins).join(' '),
    })),
  )
}

if (command === 'list') {
  if (id) fail('list takes no site id')
  show(query(`SELECT ${COLUMNS} FROM sites ORDER BY id`))
} else if (command === 'add') {
  const siteId = checkedId()
  if (v.name === undefined || !v.origin) fail('add needs --name and at least one --origin')
  if (v['add-origin'] || v['remove-origin']) fail('add takes --origin; --add-origin and --remove-origin are for update')
  if (find(siteId)) fail(`a site "${siteId}" exists already; change it with: npm run site -- update ${siteId} …`)
  const s = { moderation: 'none', language: 'en', owner_email: null, notify_owner: 0, ...settings(null) }
  const names = ['id', ...Object.keys(s), 'created_at']
  query(
    `INSERT INTO sites (${names.join(', ')}) VALUES (${[sql(siteId), ...Object.values(s).map(sql), sql(Date.now())].join(', ')})`,
  )
  show([find(siteId)])
} else if (command === 'update') {
  const siteId = checkedId()
  const current = find(siteId)
  if (!current) fail(`no site "${siteId}"; add it with: npm run site -- add ${siteId} …`)
  const s = settings(current)
  if (Object.keys(s).length === 0) fail('nothing to change: give at least one setting')
  query(
    `UPDATE sites SET ${Object.entries(s)
      .map(([column, value]) => `${column} = ${sql(value)}`)
      .join(', ')} WHERE id = ${sql(siteId)}`,
  )
  show([find(siteId)])
} else {
  fail(`unknown command "${command}"`)
}
