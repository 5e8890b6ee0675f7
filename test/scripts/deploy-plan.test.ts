// The deploy planner (scripts/deploy/plan.mjs) and the checks of PUBLIC_URL and MAIL_FROM (config.mjs), as pure
// functions: a state in, the steps still missing out.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkMailFrom, checkPublicUrl, readVars, writeVars } from '../../scripts/deploy/config.mjs'
import { dryRunAnswers, missingSetup, needs, planSteps } from '../../scripts/deploy/plan.mjs'

const NAMES = { worker: 'parley', database: 'parley', binding: 'DB', queue: 'parley-mail' }
const ALL = ['0001_initial.sql', '0002_spent_tokens.sql', '0003_x.sql']
const GOOD_VARS = { PUBLIC_URL: 'https://comments.ann.nl', MAIL_FROM: 'comments@ann.nl', MAIL_TRANSPORT: 'binding' }

const fresh = {
  names: NAMES,
  database: { exists: false },
  queue: { exists: false },
  migrations: { all: ALL, pending: ALL },
  secrets: [] as string[],
  vars: { PUBLIC_URL: 'http://localhost:8787', MAIL_FROM: 'comments@example.com', MAIL_TRANSPORT: 'binding' },
}
const complete = {
  ...fresh,
  database: { exists: true },
  queue: { exists: true },
  migrations: { all: ALL, pending: [] },
  secrets: ['SIGNING_KEY', 'ADMIN_USER', 'ADMIN_PASSWORD'],
  vars: GOOD_VARS,
}

type Step = { kind: string; args?: string[]; name?: string; values?: Record<string, string> }
const commands = (steps: Step[]) =>
  steps.map((s) =>
    s.kind === 'wrangler' || s.kind === 'npm'
      ? `${s.kind} ${s.args!.join(' ')}`
      : s.kind === 'secret'
        ? `secret ${s.name}`
        : s.kind === 'vars'
          ? `vars ${Object.keys(s.values!).join(',')}`
          : s.kind,
  )

describe('planSteps', () => {
  it('plans everything for a fresh account, the asking first', () => {
    expect(commands(planSteps(fresh, dryRunAnswers(fresh)))).toEqual([
      'ask',
      'ask',
      'ask',
      'vars PUBLIC_URL,MAIL_FROM',
      'wrangler d1 create parley',
      'wrangler queues create parley-mail',
      'wrangler d1 migrations apply DB --remote',
      'secret SIGNING_KEY',
      'secret ADMIN_USER',
      'secret ADMIN_PASSWORD',
      'npm run build',
      'wrangler deploy',
      'health',
    ])
  })

  it('plans only what a half-set-up account lacks', () => {
    const half = {
      ...fresh,
      database: { exists: true },
      migrations: { all: ALL, pending: ALL.slice(2) },
      secrets: ['SIGNING_KEY'],
      vars: GOOD_VARS,
    }
    const answers = { vars: {}, secrets: needs(half).secrets }
    expect(commands(planSteps(half, answers))).toEqual([
      'wrangler queues create parley-mail',
      'wrangler d1 migrations apply DB --remote',
      'secret ADMIN_USER',
      'secret ADMIN_PASSWORD',
      'npm run build',
      'wrangler deploy',
      'health',
    ])
    expect(planSteps(half, answers)[1]).toMatchObject({ say: expect.stringContaining('apply 1 migration') })
  })

  it('plans only build, deploy and the check for a complete one', () => {
    expect(commands(planSteps(complete, dryRunAnswers(complete)))).toEqual([
      'npm run build',
      'wrangler deploy',
      'health',
    ])
    expect(missingSetup(complete)).toEqual([])
  })

  it('takes values given as flags instead of asking for them', () => {
    const answers = dryRunAnswers(fresh, { PUBLIC_URL: 'https://c.ann.nl' })
    expect(answers.vars).toEqual({ PUBLIC_URL: 'https://c.ann.nl', MAIL_FROM: '<MAIL_FROM>' })
    expect(answers.ask.map((a: string) => a.split(' (')[0])).toEqual([
      'ask for MAIL_FROM',
      'ask for the admin user name and password',
    ])
  })
})

describe('needs and missingSetup', () => {
  it('asks again for a value wrangler.toml holds but production cannot use', () => {
    expect(needs(fresh).vars.map((v: { name: string }) => v.name)).toEqual(['PUBLIC_URL', 'MAIL_FROM'])
    expect(needs({ ...complete, vars: { ...GOOD_VARS, MAIL_FROM: '' } }).vars).toEqual([
      { name: 'MAIL_FROM', value: '', reason: 'not set' },
    ])
  })

  it('lists what a run left undone, but not an admin sign-in chosen to be left out', () => {
    const partial = { ...complete, queue: { exists: false }, secrets: ['SIGNING_KEY'] }
    expect(missingSetup(partial, ['ADMIN_USER', 'ADMIN_PASSWORD'])).toEqual(['the queue "parley-mail"'])
    expect(missingSetup(partial)).toEqual([
      'the queue "parley-mail"',
      'the secret ADMIN_USER',
      'the secret ADMIN_PASSWORD',
    ])
  })
})

describe('checkPublicUrl and checkMailFrom', () => {
  it.each([
    ['https://comments.ann.nl', 'https://comments.ann.nl'],
    ['https://parley.ann.workers.dev/', 'https://parley.ann.workers.dev'],
    ['https://comments.ann.nl:8443', 'https://comments.ann.nl:8443'],
  ])('takes %s as %s', (given, value) => expect(checkPublicUrl(given)).toEqual({ value }))

  it.each([
    ['http://comments.ann.nl', /must start with https/],
    ['https://comments.ann.nl/blog', /only the origin, https:\/\/comments\.ann\.nl/],
    ['https://comments.ann.nl/?x=1', /only the origin/],
    ['https://user:pw@comments.ann.nl', /only the origin/],
    ['https://localhost:8787', /placeholder/],
    ['https://comments.example.com', /placeholder/],
    ['https://192.0.2.1', /IP address/],
    ['comments.ann.nl', /not a URL/],
  ])('refuses PUBLIC_URL %s, saying why', (given, reason) => expect(checkPublicUrl(given).reason).toMatch(reason))

  it.each([
    ['comments@ann.nl', { value: 'comments@ann.nl' }],
    [' comments@ann.nl ', { value: 'comments@ann.nl' }],
    ['comments@example.com', { reason: 'example.com is a placeholder domain; mail from it would never arrive' }],
    [
      'Ann <comments@ann.nl>',
      { reason: '"Ann <comments@ann.nl>" is not an email address, such as comments@example.org' },
    ],
    ['comments@ann', { reason: '"comments@ann" is not an email address, such as comments@example.org' }],
  ])('checks MAIL_FROM %s', (given, answer) => expect(checkMailFrom(given)).toEqual(answer))
})

describe('readVars and writeVars', () => {
  it('change only the named values of [vars], keeping every comment and every other table', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'parley-vars-')), 'wrangler.toml')
    const toml = `name = "parley"\n\n[vars]\n# The sender.\nMAIL_FROM = "comments@example.com"\nPUBLIC_URL = "http://localhost:8787"\n\n[triggers]\ncrons = ["*/5 * * * *"]\n`
    writeFileSync(path, toml)
    writeVars(path, { PUBLIC_URL: 'https://c.ann.nl', ACCESS_AUD: 'abc' })
    expect(readFileSync(path, 'utf8')).toBe(
      `name = "parley"\n\n[vars]\n# The sender.\nMAIL_FROM = "comments@example.com"\nPUBLIC_URL = "https://c.ann.nl"\nACCESS_AUD = "abc"\n\n[triggers]\ncrons = ["*/5 * * * *"]\n`,
    )
    expect(readVars(path)).toEqual({
      MAIL_FROM: 'comments@example.com',
      PUBLIC_URL: 'https://c.ann.nl',
      ACCESS_AUD: 'abc',
    })
  })
})
