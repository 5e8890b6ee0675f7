// For the deploy tests: a copy of the repository's deploy files in a temporary folder (so wrangler.toml there, not
// ours, gets written), a fake wrangler and npm first on the PATH, and a fake account.
import { spawn } from 'node:child_process'
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { expect, onTestFinished } from 'vitest'

const ROOT = resolve(import.meta.dirname, '../..')
const FAKE = join(import.meta.dirname, 'fake-wrangler.mjs')
const COPIED = ['scripts/deploy.mjs', 'scripts/deploy', 'worker/email-address.ts', 'migrations', 'wrangler.toml']

export type Account = {
  loggedIn: boolean
  email: string
  accounts: { id: string; name: string }[]
  databases: string[]
  queues: string[]
  applied: string[]
  worker: boolean
  secrets: Record<string, string>
  deployUrl: string
  deploys?: number
  failOnce?: Record<string, string>
}

/** The repository's migrations, in order. */
export const MIGRATIONS = readdirSync(join(ROOT, 'migrations'))
  .filter((file) => file.endsWith('.sql'))
  .sort()

export const PUBLIC_URL = 'https://comments.parley-test.org'
export const MAIL_FROM = 'comments@parley-test.org'
export const PASSWORD = 'correct horse battery staple'
/** The answers a person types on a fresh account: PUBLIC_URL, MAIL_FROM, the admin user name and password. */
export const ANSWERS = `${PUBLIC_URL}\n${MAIL_FROM}\nowner\n${PASSWORD}\n`
/** The read-only calls every run starts with, before it reads the secrets. */
export const READS = [
  'wrangler --version',
  'wrangler whoami --json',
  'wrangler d1 list --json',
  'wrangler queues info parley-mail',
]

/** A fresh Cloudflare account: signed in, nothing created. */
export const freshAccount = (deployUrl: string): Account => ({
  loggedIn: true,
  email: 'ann@parley-test.org',
  accounts: [{ id: 'acc-1', name: "Ann's account" }],
  databases: [],
  queues: [],
  applied: [],
  worker: false,
  secrets: {},
  deployUrl,
})

export type Run = { code: number | null; stdout: string; stderr: string }

export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'parley-deploy-'))
  readonly bin = join(this.dir, '.bin')
  readonly statePath = join(this.dir, '.fake-account.json')
  readonly logPath = join(this.dir, '.fake-calls.log')

  constructor(account: Account) {
    if (process.env.VITEST) onTestFinished(() => rmSync(this.dir, { recursive: true, force: true }))
    for (const path of COPIED) cpSync(join(ROOT, path), join(this.dir, path), { recursive: true })
    writeFileSync(join(this.dir, 'package.json'), '{ "type": "module" }\n')
    mkdirSync(this.bin)
    for (const tool of ['wrangler', 'npm']) {
      const path = join(this.bin, tool)
      writeFileSync(path, `#!/bin/sh\nexec "${process.execPath}" "${FAKE}" ${tool} "$@"\n`)
      chmodSync(path, 0o755)
    }
    this.account = account
    writeFileSync(this.logPath, '')
  }

  get account(): Account {
    return JSON.parse(readFileSync(this.statePath, 'utf8')) as Account
  }

  set account(account: Account) {
    writeFileSync(this.statePath, JSON.stringify(account, null, 2))
  }

  /** Every call made so far, as `wrangler d1 create parley`; one that failed ends in ` (failed)`. */
  calls(): string[] {
    return readFileSync(this.logPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as string)
  }

  /** The calls that changed the account (everything but reads, and but the calls that failed). */
  changes(): string[] {
    const reads = /^wrangler (--version|whoami|d1 list|queues info|d1 migrations list|secret list)/
    return this.calls().filter((call) => !reads.test(call) && !call.endsWith(' (failed)'))
  }

  wranglerToml(): string {
    return readFileSync(join(this.dir, 'wrangler.toml'), 'utf8')
  }

  /** Runs `node scripts/deploy.mjs args` here, its stdin the given lines (no terminal: nothing is echoed). */
  run(args: string[] = [], input = '', env: Record<string, string> = {}): Promise<Run> {
    return new Promise((done, reject) => {
      const child = spawn(process.execPath, [join(this.dir, 'scripts/deploy.mjs'), ...args], {
        cwd: this.dir,
        env: {
          ...process.env,
          ...env,
          PATH: `${this.bin}:${process.env.PATH}`,
          FAKE_STATE: this.statePath,
          FAKE_LOG: this.logPath,
          PARLEY_HEALTH_TIMEOUT_MS: '2000',
          CLOUDFLARE_ACCOUNT_ID: '',
          npm_config_dry_run: '',
        },
      })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (chunk) => (stdout += chunk))
      child.stderr.on('data', (chunk) => (stderr += chunk))
      child.on('error', reject)
      child.on('close', (code) => done({ code, stdout, stderr }))
      child.stdin.end(input)
    })
  }
}

export const expectOk = (run: Run) => expect(run.code, run.stderr || run.stdout).toBe(0)
