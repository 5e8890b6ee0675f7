// Prepares local development state: .dev.vars with a random signing key and the local switches, the schema applied
// to local D1, and the `demo` site seeded (once). Used by `npm start`, the end-to-end tests and the benchmarks.
import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('..', import.meta.url))

export function wrangler(args, options = {}) {
  const result = spawnSync('wrangler', args, {
    cwd: root,
    stdio: options.quiet ? 'pipe' : 'inherit',
    encoding: 'utf8',
    // A query's JSON (an export of a large site) runs to many MB; past the buffer, Node would kill wrangler.
    maxBuffer: 1024 ** 3,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  })
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout || ''}`)
  }
  return result.stdout
}

// What local development needs in .dev.vars, each with the comment that explains it. Values are made once.
const DEV_VARS = [
  ['SIGNING_KEY', () => randomBytes(32).toString('hex'), '# Signs every token. Random, for this machine only.'],
  [
    'PUBLIC_URL',
    () => 'http://localhost:8787',
    '# Links in mails lead here, whatever `npm run deploy` wrote into wrangler.toml for production.',
  ],
  [
    'EXPOSE_CHALLENGE_ANSWER',
    () => 'true',
    '# Local-only switches: honoured only for requests to localhost or 127.0.0.1.',
  ],
  ['DEV_MAILBOX', () => 'true', ''],
  [
    'ADMIN_USER',
    () => 'admin',
    '# Sign-in at http://localhost:8787/admin (in production: wrangler secret put ADMIN_USER / ADMIN_PASSWORD).',
  ],
  ['ADMIN_PASSWORD', () => randomBytes(12).toString('base64url'), ''],
]

/** Writes .dev.vars, or adds what an older one lacks (a setting added since), never changing a value already there. */
export function writeDevVars() {
  const path = `${root}.dev.vars`
  const existing = existsSync(path)
    ? readFileSync(path, 'utf8')
    : '# Written by `npm start` for local development only. Never deploy these.\n'
  const missing = DEV_VARS.filter(([name]) => !new RegExp(`^${name}=`, 'm').test(existing))
  if (missing.length === 0) return
  const lines = missing.flatMap(([name, value, comment]) => [...(comment ? [comment] : []), `${name}="${value()}"`])
  writeFileSync(path, `${existing.replace(/\n?$/, '\n')}${lines.join('\n')}\n`)
  console.log(
    `[parley] .dev.vars: added ${missing.map(([name]) => name).join(', ')}; the /admin sign-in is in that file`,
  )
}

// The demo site of DESIGN.md: local origins, no moderation, Dutch. INSERT OR IGNORE keeps a second start from duplicating it.
const SEED = `
INSERT OR IGNORE INTO sites (id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at)
VALUES ('demo', 'Parley demo', '["http://localhost:8787","http://127.0.0.1:8787"]', NULL, 0, 'none', 'nl', unixepoch() * 1000);
`

// A first conversation under the demo article, so a new visitor sees a live thread (with a reply) at once.
const DEMO_THREAD = `
INSERT INTO threads (site_id, key, title, url, comment_count, created_at)
VALUES ('demo', '/', 'Langs de Vecht naar Muiden', 'http://localhost:8787/', 3, unixepoch() * 1000);
INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
SELECT id, NULL, 'Anna de Vries', '3f9a1c22', 'Prachtige route! Vaart het pontje bij Maarssen ook op **zondag**?',
  '<p>Prachtige route! Vaart het pontje bij Maarssen ook op <strong>zondag</strong>?</p>', 'published', unixepoch() * 1000 - 7200000
FROM threads WHERE site_id = 'demo' AND key = '/';
INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
SELECT thread_id, id, 'Joost', '8b21e0d4', 'Ja, elke dag van april tot oktober. Neem wel een euro mee.',
  '<p>Ja, elke dag van april tot oktober. Neem wel een euro mee.</p>', 'published', unixepoch() * 1000 - 5400000
FROM comments WHERE name = 'Anna de Vries' AND thread_id = (SELECT id FROM threads WHERE site_id = 'demo' AND key = '/');
INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
SELECT id, NULL, 'Femke Bakker', 'c47d9e10', 'De krentenbollen in Loenen zijn inderdaad de moeite waard. Tip: ga vóór tienen, dan zijn ze nog warm.',
  '<p>De krentenbollen in Loenen zijn inderdaad de moeite waard. Tip: ga vóór tienen, dan zijn ze nog warm.</p>', 'published', unixepoch() * 1000 - 1800000
FROM threads WHERE site_id = 'demo' AND key = '/';
`

/**
 * Applies pending migrations (migrations/) and the demo seed to local D1; `persistTo` keeps a separate state (tests, benchmarks).
 * `demoThread` also writes a first conversation under the demo article, once: only while the demo has no threads.
 * @param {{ persistTo?: string, quiet?: boolean, demoThread?: boolean }} [options]
 */
export function prepareDatabase({ persistTo, quiet = false, demoThread = false } = {}) {
  const persist = persistTo ? ['--persist-to', persistTo] : []
  const execute = (...args) => wrangler(['d1', 'execute', 'DB', '--local', ...persist, ...args], { quiet: true })
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persist], { quiet: true })
  execute('--command', SEED.trim())
  if (demoThread) {
    const [{ results }] = JSON.parse(
      execute('--json', '--command', "SELECT count(*) AS n FROM threads WHERE site_id = 'demo'"),
    )
    if (results[0].n === 0) execute('--command', DEMO_THREAD.trim())
  }
  if (!quiet) console.log('[parley] local D1: migrations applied, demo site ready')
}
