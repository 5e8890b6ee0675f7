// The deploy planner (scripts/deploy/plan.mjs) as a pure function: a state in, the steps still missing out.
import { describe, expect, it } from 'vitest'
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
