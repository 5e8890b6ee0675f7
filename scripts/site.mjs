// `npm run site -- add|list|update …`: manage sites in local D1 (the default) or the deployed one (--remote).
// Every value is checked by the Worker's own rules (worker/domain.ts, worker/site-rules.ts) and quoted strictly
// (scripts/d1-command.mjs) before it reaches SQL.
import { parseArgs } from 'node:util'
import { isMailbox } from '../worker/email-address.ts'
import { LANGUAGES, MODERATIONS } from '../worker/domain.ts'
import { MAX_ORIGINS, isOrigin, isSiteId } from '../worker/site-rules.ts'
import { d1Query, sqlLiteral } from './d1-command.mjs'
import { USAGE, options } from './site-options.mjs'

function fail(message) {
  console.error(`[parley] ${message}\n\n${USAGE}`)
  process.exit(1)
}

let args
try {
  args = parseArgs({ options, allowPositionals: true })
} catch (err) {
  fail(err.message)
}
const {
  values: v,
  positionals: [command, id, ...extra],
} = args
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

const COLUMNS = 'id, name, allowed_origins, owner_email, notify_owner, moderation, language'

function checkedId() {
  if (!id || !isSiteId(id)) fail('give a site id: 1 to 64 letters, digits, - or _, starting with a letter or digit')
  return id
}

function origins(list) {
  for (const origin of list)
    if (!isOrigin(origin)) fail(`not an origin: ${origin} (like https://blog.example.com: no path, no trailing slash)`)
  const unique = [...new Set(list)]
  if (unique.length > MAX_ORIGINS) fail(`at most ${MAX_ORIGINS} origins`)
  return unique
}

/** The settings given on the command line, checked; those not given are left out. */
function settings(current) {
  const s = {}
  if (v.name !== undefined) {
    if (!v.name.trim() || [...v.name.trim()].length > 100) fail('--name must be 1 to 100 characters')
    s.name = v.name.trim()
  }
  const list = v.origin ?? (current ? JSON.parse(current.allowed_origins) : [])
  if (v.origin || v['add-origin'] || v['remove-origin']) {
    const removed = new Set(v['remove-origin'] ?? [])
    s.allowed_origins = JSON.stringify(origins([...list, ...(v['add-origin'] ?? [])].filter((o) => !removed.has(o))))
  }
  if (v.moderation !== undefined) s.moderation = oneOf('--moderation', v.moderation, MODERATIONS)
  if (v.language !== undefined) s.language = oneOf('--language', v.language, LANGUAGES)
  if (v['owner-email'] !== undefined && v['no-owner-email']) fail('give --owner-email or --no-owner-email, not both')
  if (v['owner-email'] !== undefined) {
    if (!isMailbox(v['owner-email'].trim())) fail(`not an email address: ${v['owner-email']}`)
    s.owner_email = v['owner-email'].trim()
  }
  if (v['no-owner-email']) s.owner_email = null
  if (v['notify-owner'] && v['no-notify-owner']) fail('give --notify-owner or --no-notify-owner, not both')
  if (v['notify-owner'] || v['no-notify-owner']) s.notify_owner = v['notify-owner'] ? 1 : 0
  const notify = s.notify_owner ?? current?.notify_owner ?? 0
  const owner = 'owner_email' in s ? s.owner_email : current?.owner_email
  if (notify === 1 && !owner) fail('--notify-owner needs an owner email (--owner-email)')
  return s
}

const oneOf = (flag, value, allowed) =>
  allowed.includes(value) ? value : fail(`${flag} must be one of ${allowed.join(', ')}`)

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
