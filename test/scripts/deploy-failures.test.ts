// `npm run deploy` when things go wrong, against the fake wrangler: a run cut short (the network, a refusal, a failed
// upload) is finished by the next and nothing is done twice; a wrong PUBLIC_URL or MAIL_FROM is refused before anything
// is created; no credentials, several accounts or a sick Worker stop the run with the reason.
import { describe, expect, it } from 'vitest'
import { ANSWERS, MIGRATIONS, PASSWORD, PUBLIC_URL, READS, Workspace, expectOk, freshAccount } from './deploy-support'
import { healthServer, useHealthServer } from './health-server'

const health = useHealthServer()

describe('a deploy cut short', () => {
  it.each([
    ['the network going while the queue is created', 'wrangler queues create', 'Network connection lost.'],
    ['a step refused', 'wrangler secret put ADMIN_PASSWORD', 'Authentication error [code: 10000]'],
    ['a failed upload', 'wrangler deploy', 'Upload failed: 503'],
  ])('is finished by the next run after %s, nothing done twice', async (_, command, error) => {
    const ws = new Workspace({ ...freshAccount(health().url), failOnce: { [command]: error } })
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
    const ws = new Workspace(freshAccount(health().url))
    const run = await ws.run(args, ANSWERS)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(reason)
    expect(ws.calls()).toEqual([])
  })

  it('refuses a wrong typed answer with the reason, and takes the next good one', async () => {
    const ws = new Workspace(freshAccount(health().url))
    const run = await ws.run([], `http://comments.ann.nl\n${ANSWERS}`)
    expectOk(run)
    expect(run.stdout).toContain('refused: it must start with https://')
    expect(ws.wranglerToml()).toContain(`PUBLIC_URL = "${PUBLIC_URL}"`)
  })

  it('creates nothing when no good PUBLIC_URL comes', async () => {
    const ws = new Workspace(freshAccount(health().url))
    const run = await ws.run([], 'http://a.nl\nhttps://localhost\nftp://b.nl\n')
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('PUBLIC_URL is needed')
    expect(ws.calls()).toEqual([...READS, 'wrangler secret list --format json'])
    expect(ws.wranglerToml()).toContain('PUBLIC_URL = "http://localhost:8787"')
  })

  it('says how to sign in when wrangler has no credentials, and changes nothing', async () => {
    const ws = new Workspace({ ...freshAccount(health().url), loggedIn: false })
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
    const ws = new Workspace({ ...freshAccount(health().url), accounts })
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
