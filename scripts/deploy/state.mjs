// What the Cloudflare account and wrangler.toml hold, read with wrangler's read-only commands: who is signed in, the
// D1 database, the queue, the migrations not yet applied, the Worker's secrets, and [vars]. Reading changes nothing.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readVars } from './config.mjs'
import { parseJson, root, tail, wrangler } from './wrangler.mjs'

export const CONFIG = join(root, 'wrangler.toml')

/**
 * @typedef {{
 *   names: { worker: string, database: string, binding: string, queue: string },
 *   database: { exists: boolean }, queue: { exists: boolean },
 *   migrations: { all: string[], pending: string[] }, secrets: string[], vars: Record<string, string>
 * }} DeployState
 */

/** A read that went wrong for another reason than "not there" (the network, a permission): nothing to plan on. */
export class ReadError extends Error {}

const first = (toml, pattern, what) => {
  const value = toml.match(pattern)?.[1]
  if (!value) throw new ReadError(`wrangler.toml names no ${what}`)
  return value
}

/** The names wrangler.toml gives the Worker, its database (and binding) and its queue. */
export function namesOf(toml) {
  return {
    worker: first(toml, /^name\s*=\s*"([^"]+)"/m, 'Worker'),
    database: first(toml, /\[\[d1_databases\]\][^[]*?database_name\s*=\s*"([^"]+)"/, 'D1 database'),
    binding: first(toml, /\[\[d1_databases\]\][^[]*?binding\s*=\s*"([^"]+)"/, 'D1 binding'),
    queue: first(toml, /\[\[queues\.producers\]\][^[]*?queue\s*=\s*"([^"]+)"/, 'queue'),
  }
}

/** The migrations in migrations/, in the order wrangler applies them. */
export const localMigrations = () =>
  readdirSync(join(root, 'migrations'))
    .filter((file) => /^\d{4}_[\w-]+\.sql$/.test(file))
    .sort()

async function read(args, what) {
  const result = await wrangler(args)
  if (result.ok) return result
  if (/not authenticated|wrangler login|CLOUDFLARE_API_TOKEN/i.test(result.stderr + result.stdout))
    throw new ReadError(
      `not signed in to Cloudflare while reading ${what}: run \`npx wrangler login\`\n${tail(result)}`,
    )
  return result
}

/** The signed-in user and accounts, or null when wrangler has no credentials. */
export async function readAccount() {
  const result = await wrangler(['whoami', '--json'])
  if (!result.ok) return null
  const who = parseJson(result.stdout)
  return who.loggedIn ? { email: who.email ?? null, accounts: who.accounts ?? [] } : null
}

/** @returns {Promise<DeployState>} */
export async function readState() {
  const toml = readFileSync(CONFIG, 'utf8')
  const names = namesOf(toml)
  const all = localMigrations()
  const dbs = await read(['d1', 'list', '--json'], 'the D1 databases')
  if (!dbs.ok) throw new ReadError(`could not list the D1 databases:\n${tail(dbs)}`)
  const database = { exists: parseJson(dbs.stdout).some((db) => db.name === names.database) }
  const queueInfo = await read(['queues', 'info', names.queue], 'the queue')
  if (!queueInfo.ok && !/does not exist/i.test(queueInfo.stderr + queueInfo.stdout))
    throw new ReadError(`could not look up the queue "${names.queue}":\n${tail(queueInfo)}`)
  let pending = all
  if (database.exists) {
    const listed = await read(['d1', 'migrations', 'list', names.binding, '--remote'], 'the migrations')
    if (!listed.ok) throw new ReadError(`could not list the migrations not yet applied:\n${tail(listed)}`)
    pending = /No migrations to apply/i.test(listed.stdout) ? [] : all.filter((m) => listed.stdout.includes(m))
  }
  const secretList = await read(['secret', 'list', '--format', 'json'], 'the secrets')
  // A Worker not deployed yet has no secrets (wrangler: "Worker "parley" not found").
  const noWorker = new RegExp(`Worker "${names.worker}"( \\(env: [^)]*\\))? not found`)
  if (!secretList.ok && !noWorker.test(secretList.stderr + secretList.stdout))
    throw new ReadError(`could not list the Worker's secrets:\n${tail(secretList)}`)
  const secrets = secretList.ok ? parseJson(secretList.stdout).map((s) => s.name) : []
  return {
    names,
    database,
    queue: { exists: queueInfo.ok },
    migrations: { all, pending },
    secrets,
    vars: readVars(CONFIG),
  }
}
