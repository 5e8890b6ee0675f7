// The deploy planner: what the Cloudflare account and wrangler.toml hold (state) in, the steps still missing out. Pure:
// no I/O, no clock, so the same state always gives the same plan, a second run plans nothing it did already, and
// `--dry-run` prints exactly the steps a real run would take.
import { CHECKS } from './config.mjs'

/** Every secret a deployment needs; RESEND_API_KEY only with MAIL_TRANSPORT = "resend", set by hand. */
export const SECRETS = ['SIGNING_KEY', 'ADMIN_USER', 'ADMIN_PASSWORD']

/**
 * What must be asked (or made) before anything is created: each [vars] value that is missing or wrong (with the
 * reason), and each secret the Worker lacks.
 * @param {import('./state.mjs').DeployState} state
 */
export function needs(state) {
  const vars = Object.entries(CHECKS).flatMap(([name, check]) => {
    const value = state.vars[name] ?? ''
    const { reason } = value === '' ? { reason: 'not set' } : check(value)
    return reason ? [{ name, value, reason }] : []
  })
  return { vars, secrets: SECRETS.filter((name) => !state.secrets.includes(name)) }
}

const list = (names) => names.join(', ')

/**
 * @typedef {{ vars: Record<string, string>, secrets: string[], ask?: string[] }} Answers
 * vars: the [vars] values to write; secrets: the secrets to set; ask: what a real run would ask first (dry run only).
 */

/** A dry run's answers: the flags' values, a placeholder for each value a real run would ask, every missing secret. */
export function dryRunAnswers(state, flagValues = {}) {
  const need = needs(state)
  const vars = Object.fromEntries(Object.entries(flagValues).filter(([name, value]) => state.vars[name] !== value))
  const ask = []
  for (const v of need.vars.filter((v) => flagValues[v.name] === undefined)) {
    vars[v.name] = `<${v.name}>`
    const now = v.value === '' ? 'not set' : `wrangler.toml has "${v.value}": ${v.reason}`
    ask.push(`ask for ${v.name} (${now}) and check it, before anything is created`)
  }
  if (need.secrets.some((name) => name.startsWith('ADMIN_')))
    ask.push('ask for the admin user name and password (the password typed without echo)')
  return { vars, secrets: need.secrets, ask }
}

/**
 * The steps, in order; each one only when its work is not done yet. Build, deploy and the health check always run: a
 * second run is how a new version goes out.
 * @param {import('./state.mjs').DeployState} state
 * @param {Answers} answers
 */
export function planSteps(state, answers) {
  const { names } = state
  const steps = (answers.ask ?? []).map((say) => ({ kind: 'ask', say }))
  const vars = Object.keys(answers.vars)
  if (vars.length > 0) steps.push({ kind: 'vars', values: answers.vars, say: `write ${list(vars)} into wrangler.toml` })
  if (!state.database.exists) {
    const say = `create the D1 database "${names.database}"`
    steps.push({ kind: 'wrangler', args: ['d1', 'create', names.database], say })
  }
  if (!state.queue.exists)
    steps.push({ kind: 'wrangler', args: ['queues', 'create', names.queue], say: `create the queue "${names.queue}"` })
  const pending = state.migrations.pending
  if (pending.length > 0) {
    const which = pending.length === 1 ? pending[0] : `${pending[0]} … ${pending.at(-1)}`
    const say = `apply ${pending.length} migration${pending.length === 1 ? '' : 's'} to the remote database (${which})`
    steps.push({ kind: 'wrangler', args: ['d1', 'migrations', 'apply', names.binding, '--remote'], say })
  }
  for (const name of answers.secrets) {
    const how = name === 'SIGNING_KEY' ? 'generated: 32 random bytes' : 'as typed'
    steps.push({ kind: 'secret', name, say: `set the secret ${name} (${how}; never shown)` })
  }
  steps.push({ kind: 'npm', args: ['run', 'build'], say: 'build the widget and the admin page' })
  steps.push({ kind: 'wrangler', args: ['deploy'], deploy: true, say: `deploy the Worker "${names.worker}"` })
  steps.push({
    kind: 'health',
    say: 'check GET /api/health on the deployed URL; print the embed snippet and admin URL',
  })
  return steps
}

/** What is in place already, for the plan's header. */
export function inPlace(state) {
  const need = needs(state)
  const { names } = state
  const done = []
  if (state.database.exists) done.push(`D1 database "${names.database}"`)
  if (state.queue.exists) done.push(`queue "${names.queue}"`)
  if (state.database.exists && state.migrations.pending.length === 0) done.push('every migration applied')
  const setVars = Object.keys(CHECKS).filter((name) => !need.vars.some((v) => v.name === name))
  for (const name of setVars) done.push(`${name} = ${state.vars[name]}`)
  const secrets = SECRETS.filter((name) => !need.secrets.includes(name))
  if (secrets.length > 0) done.push(`secrets ${list(secrets)}`)
  return done
}

/** What a deployment still lacks after a run, read back from the account: empty when every setup step took hold.
 *  `skipped`: secrets the person chose not to set (no built-in sign-in). */
export function missingSetup(state, skipped = []) {
  const need = needs(state)
  return [
    ...need.vars.map((v) => `${v.name} (${v.reason})`),
    ...(state.database.exists ? [] : [`the D1 database "${state.names.database}"`]),
    ...(state.queue.exists ? [] : [`the queue "${state.names.queue}"`]),
    ...state.migrations.pending.map((name) => `migration ${name}`),
    ...need.secrets.filter((name) => !skipped.includes(name)).map((name) => `the secret ${name}`),
  ]
}
