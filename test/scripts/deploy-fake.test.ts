// `npm run deploy` end to end against a fake wrangler on the PATH that plays a Cloudflare account and records every
// call: a fresh account, a half-set-up one and a complete one get the right calls and nothing twice; a run cut short
// is finished by the next; a wrong PUBLIC_URL or MAIL_FROM is refused before anything is created; no secret is shown.
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAIL_FROM, MIGRATIONS, PUBLIC_URL, Workspace, freshAccount, healthServer, type Run } from './deploy-support'

const PASSWORD = 'correct horse battery staple'
/** The answers a person types on a fresh account: PUBLIC_URL, MAIL_FROM, the admin user name and password. */
const ANSWERS = `${PUBLIC_URL}\n${MAIL_FROM}\nowner\n${PASSWORD}\n`
const READS = [
  'wrangler --version',
  'wrangler whoami --json',
  'wrangler d1 list --json',
  'wrangler queues info parley-mail',
]

let health: { url: string; server: Server }
beforeAll(async () => void (health = await healthServer()))
afterAll(() => health.server.close())

const expectOk = (run: Run) => expect(run.code, run.stderr || run.stdout).toBe(0)

describe('npm run deploy on a fresh account', () => {
  it('--dry-run prints every step and changes nothing', async () => {
    const ws = new Workspace(freshAccount(health.url))
    const before = { account: ws.account, toml: ws.wranglerToml() }
    const run = await ws.run(['--dry-run'])
    expectOk(run)
    expect(run.stdout).toContain('A run would take these steps:')
    for (const command of ['wrangler d1 create parley', 'wrangler queues create parley-mail', 'npm run build'])
      expect(run.stdout).toContain(command)
    expect(run.stdout).toMatch(/13\. check GET \/api\/health/)
    expect(ws.changes()).toEqual([])
    expect({ account: ws.account, toml: ws.wranglerToml() }).toEqual(before)
  })

  it('creates everything once, sets the secrets without showing them, deploys and checks the health', async () => {
    const ws = new Workspace(freshAccount(health.url))
    const run = await ws.run([], ANSWERS)
    expectOk(run)
    expect(ws.changes()).toEqual([
      'wrangler d1 create parley',
      'wrangler queues create parley-mail',
      'wrangler d1 migrations apply DB --remote',
      'wrangler secret put SIGNING_KEY',
      'wrangler secret put ADMIN_USER',
      'wrangler secret put ADMIN_PASSWORD',
      'npm run build',
      'wrangler deploy',
    ])
    const account = ws.account
    expect(account).toMatchObject({ databases: ['parley'], queues: ['parley-mail'], applied: MIGRATIONS, deploys: 1 })
    expect(account.secrets).toEqual({
      SIGNING_KEY: expect.stringMatching(/^[0-9a-f]{64}$/),
      ADMIN_USER: 'owner',
      ADMIN_PASSWORD: PASSWORD,
    })
    expect(ws.wranglerToml()).toContain(`PUBLIC_URL = "${PUBLIC_URL}"`)
    expect(ws.wranglerToml()).toContain(`MAIL_FROM = "${MAIL_FROM}"`)
    for (const secret of [account.secrets.SIGNING_KEY!, PASSWORD]) expect(run.stdout + run.stderr).not.toContain(secret)
    expect(run.stdout).toContain(`${health.url}/api/health answers {"ok":true}`)
    expect(run.stdout).toContain(`<script src="${PUBLIC_URL}/parley.js" data-site="my-blog" async></script>`)
    expect(run.stdout).toContain(`Admin page: ${PUBLIC_URL}/admin`)
  })
})

describe('npm run deploy on an account set up by half', () => {
  it('does only what is missing: the queue, two migrations and the admin sign-in', async () => {
    const ws = new Workspace({
      ...freshAccount(health.url),
      databases: ['parley'],
      applied: MIGRATIONS.slice(0, -2),
      worker: true,
      secrets: { SIGNING_KEY: 'k'.repeat(64) },
    })
    const run = await ws.run(['--public-url', PUBLIC_URL, '--mail-from', MAIL_FROM], `owner\n${PASSWORD}\n`)
    expectOk(run)
    expect(ws.changes()).toEqual([
      'wrangler queues create parley-mail',
      'wrangler d1 migrations apply DB --remote',
      'wrangler secret put ADMIN_USER',
      'wrangler secret put ADMIN_PASSWORD',
      'npm run build',
      'wrangler deploy',
    ])
    expect(run.stdout).toContain('apply 2 migrations')
    expect(ws.account.secrets.SIGNING_KEY).toBe('k'.repeat(64))
  })
})

describe('npm run deploy on a complete account', () => {
  it('asks nothing, creates nothing, and deploys the current code', async () => {
    const ws = new Workspace(freshAccount(health.url))
    expectOk(await ws.run([], ANSWERS))
    const first = ws.changes().length
    const again = await ws.run([], '')
    expectOk(again)
    expect(ws.changes().slice(first)).toEqual(['npm run build', 'wrangler deploy'])
    expect(again.stdout).toContain(
      'In place already: D1 database "parley"; queue "parley-mail"; every migration applied',
    )
    expect(again.stdout).not.toContain('ADMIN_USER (')
  })
})

describe('a deploy cut short', () => {
  it.each([
    ['the network going while the queue is created', 'wrangler queues create', 'Network connection lost.'],
    ['a step refused', 'wrangler secret put ADMIN_PASSWORD', 'Authentication error [code: 10000]'],
    ['a failed upload', 'wrangler deploy', 'Upload failed: 503'],
  ])('is finished by the next run after %s, nothing done twice', async (_, command, error) => {
    const ws = new Workspace({ ...freshAccount(health.url), failOnce: { [command]: error } })
    const cut = await ws.run([], ANSWERS)
    expect(cut.code).toBe(1)
    expect(cut.stderr).toContain(error)
    expect(cut.stderr).toContain('Run `npm run deploy` again: it does only what is still missing.')
    expect(ws.calls()).toContain(`${command}${command === 'wrangler queues create' ? ' parley-mail' : ''} (failed)`)
    const rest = await ws.run([], `owner\n${PASSWORD}\n`)
    expectOk(rest)
    const changes = ws.changes().filter((c) => c !== 'npm run build' && c !== 'wrangler deploy')
    expect(new Set(changes).size).toBe(changes.length)
    expect(ws.account).toMatchObject({ databases: ['parley'], queues: ['parley-mail'], applied: MIGRATIONS })
    expect(Object.keys(ws.account.secrets).sort()).toEqual(['ADMIN_PASSWORD', 'ADMIN_USER', 'SIGNING_KEY'])
  })
})

describe('bad input', () => {
  it.each([
    [['--public-url', 'http://comments.ann.nl'], '--public-url refused: it must start with https://'],
    [['--public-url', 'https://comments.ann.nl/blog'], '--public-url refused: give only the origin'],
    [['--mail-from', 'comments@example.com'], '--mail-from refused: example.com is a placeholder domain'],
  ])('refuses %j with the reason before calling wrangler at all', async (args, reason) => {
    const ws = new Workspace(freshAccount(health.url))
    const run = await ws.run(args, ANSWERS)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(reason)
    expect(ws.calls()).toEqual([])
  })

  it('refuses a wrong typed answer with the reason, and takes the next good one', async () => {
    const ws = new Workspace(freshAccount(health.url))
    const run = await ws.run([], `http://comments.ann.nl\n${ANSWERS}`)
    expectOk(run)
    expect(run.stdout).toContain('refused: it must start with https://')
    expect(ws.wranglerToml()).toContain(`PUBLIC_URL = "${PUBLIC_URL}"`)
  })

  it('creates nothing when no good PUBLIC_URL comes', async () => {
    const ws = new Workspace(freshAccount(health.url))
    const run = await ws.run([], 'http://a.nl\nhttps://localhost\nftp://b.nl\n')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PUBLIC_URL is needed')
    expect(ws.calls()).toEqual([...READS, 'wrangler secret list --format json'])
    expect(ws.wranglerToml()).toContain('PUBLIC_URL = "http://localhost:8787"')
  })

  it('says how to sign in when wrangler has no credentials, and changes nothing', async () => {
    const ws = new Workspace({ ...freshAccount(health.url), loggedIn: false })
    const run = await ws.run([], ANSWERS)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN)')
    expect(ws.changes()).toEqual([])
  })

  it('asks which account to use when there are several, and changes nothing without an answer', async () => {
    const accounts = [
      { id: 'a1', name: 'Ann' },
      { id: 'b2', name: 'Club' },
    ]
    const ws = new Workspace({ ...freshAccount(health.url), accounts })
    const run = await ws.run([], ANSWERS)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('This login has 2 accounts')
    expect(run.stderr).toContain('Set CLOUDFLARE_ACCOUNT_ID.')
    expect(ws.changes()).toEqual([])
  })

  it('fails when the deployed Worker does not answer its health check', async () => {
    const sick = await healthServer(false)
    const ws = new Workspace(freshAccount(sick.url))
    const run = await ws.run([], ANSWERS)
    sick.server.close()
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`${sick.url}/api/health did not answer {"ok":true}`)
  })
})
