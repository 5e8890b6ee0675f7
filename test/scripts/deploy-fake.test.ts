// `npm run deploy` end to end against a fake wrangler on the PATH that plays a Cloudflare account and records every
// call: a fresh account, a half-set-up one and a complete one get the right calls and nothing twice; no secret is
// shown. Runs that go wrong: deploy-failures.test.ts.
import { describe, expect, it } from 'vitest'
import {
  ANSWERS,
  MAIL_FROM,
  MIGRATIONS,
  PASSWORD,
  PUBLIC_URL,
  Workspace,
  expectOk,
  freshAccount,
} from './deploy-support'
import { useHealthServer } from './health-server'

const health = useHealthServer()

describe('npm run deploy on a fresh account', () => {
  it('--dry-run prints every step and changes nothing', async () => {
    const ws = new Workspace(freshAccount(health().url))
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
    const ws = new Workspace(freshAccount(health().url))
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
    expect(run.stdout).toContain(`${health().url}/api/health answers {"ok":true}`)
    expect(run.stdout).toContain(`<script src="${PUBLIC_URL}/parley.js" data-site="my-blog" async></script>`)
    expect(run.stdout).toContain(`Admin page: ${PUBLIC_URL}/admin`)
  })
})

describe('npm run deploy on an account set up by half', () => {
  it('does only what is missing: the queue, two migrations and the admin sign-in', async () => {
    const ws = new Workspace({
      ...freshAccount(health().url),
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
    const ws = new Workspace(freshAccount(health().url))
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
