// Prepares local development state: .dev.vars with a random signing key and the local switches, the schema applied
// to local D1, and the `demo` site seeded (once). Used by `npm start`, the end-to-end tests and the benchmarks.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

export function wrangler(args, options = {}) {
  const result = spawnSync('wrangler', args, { cwd: root, stdio: options.quiet ? 'pipe' : 'inherit', encoding: 'utf8', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } })
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(' ')} failed (${result.status}):\n${result.stderr ?? ''}`)
  }
  return result.stdout
}

export function writeDevVars() {
  const path = `${root}.dev.vars`
  if (existsSync(path)) return
  writeFileSync(
    path,
    [
      '# Written by `npm start` for local development only. Never deploy these.',
      `SIGNING_KEY="${randomBytes(32).toString('hex')}"`,
      '# Local-only switches: honoured only for requests to localhost or 127.0.0.1.',
      'EXPOSE_CHALLENGE_ANSWER="true"',
      'DEV_MAILBOX="true"',
      '# Sign-in at http://localhost:8787/admin (in production: wrangler secret put ADMIN_USER / ADMIN_PASSWORD).',
      'ADMIN_USER="admin"',
      `ADMIN_PASSWORD="${randomBytes(12).toString('base64url')}"`,
      '',
    ].join('\n'),
  )
  console.log('[parley] wrote .dev.vars with a new random SIGNING_KEY, and an admin password for /admin (user "admin")')
}

// The demo site of DESIGN.md: local origins, no moderation, Dutch. INSERT OR IGNORE keeps a second start from duplicating it.
const SEED = `
INSERT OR IGNORE INTO sites (id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at)
VALUES ('demo', 'Parley demo', '["http://localhost:8787","http://127.0.0.1:8787"]', NULL, 0, 'none', 'nl', unixepoch() * 1000);
`

/** Applies schema.sql and the demo seed to local D1; `persistTo` keeps a separate state (tests, benchmarks). */
export function prepareDatabase({ persistTo, quiet = false } = {}) {
  const persist = persistTo ? ['--persist-to', persistTo] : []
  wrangler(['d1', 'execute', 'DB', '--local', ...persist, '--file', 'schema.sql'], { quiet: true })
  wrangler(['d1', 'execute', 'DB', '--local', ...persist, '--command', SEED.trim()], { quiet: true })
  if (!quiet) console.log('[parley] local D1: schema applied, demo site ready')
}
