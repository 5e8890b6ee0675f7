// Everything `npm run deploy` must know before it creates anything: PUBLIC_URL and MAIL_FROM (from the flags, or asked
// and checked), and the missing secrets (SIGNING_KEY made here; the admin sign-in asked, the password without echo).
import { randomBytes } from 'node:crypto'
import { askLine, askSecret, interactive } from './ask.mjs'
import { CHECKS } from './config.mjs'

/** A value the deploy cannot go on without, or one refused: the message says why and how to give it. */
export class InputError extends Error {}

const QUESTIONS = {
  PUBLIC_URL:
    'PUBLIC_URL, the https address the Worker answers on (your domain routed to it, or https://parley.<your-subdomain>.workers.dev): ',
  MAIL_FROM: 'MAIL_FROM, the address mails are sent from (on a domain onboarded for Email Sending): ',
}
const FLAGS = { PUBLIC_URL: '--public-url', MAIL_FROM: '--mail-from' }
const MIN_PASSWORD = 12

/** Checks the values given as flags, before anything else runs; returns them by [vars] name. */
export function checkFlags(flags) {
  const values = {}
  for (const [name, flag] of Object.entries(FLAGS)) {
    if (flags[name] === undefined) continue
    const { value, reason } = CHECKS[name](flags[name])
    if (reason) throw new InputError(`${flag} refused: ${reason}.`)
    values[name] = value
  }
  return values
}

async function askVar(name, current) {
  console.log(`\n${name} ${current.value ? `is "${current.value}": ${current.reason}` : 'is not set'}.`)
  for (let attempt = 0; attempt < 3; attempt++) {
    const typed = await askLine(QUESTIONS[name])
    if (typed === null) break
    const { value, reason } = CHECKS[name](typed)
    if (value) return value
    console.log(`  refused: ${reason}.`)
  }
  throw new InputError(
    `${name} is needed (${current.reason}). Set it in wrangler.toml [vars], give it with ${FLAGS[name]}, or answer in a terminal.`,
  )
}

/** The [vars] to write: flags first, then an answer for each value still missing or wrong. */
export async function gatherVars(need, flagValues, currentVars) {
  const vars = {}
  for (const [name, value] of Object.entries(flagValues)) if (currentVars[name] !== value) vars[name] = value
  for (const v of need.vars) if (flagValues[v.name] === undefined) vars[v.name] = await askVar(v.name, v)
  return vars
}

async function askPassword() {
  for (let attempt = 0; attempt < 3; attempt++) {
    const password = await askSecret(`  ADMIN_PASSWORD (at least ${MIN_PASSWORD} characters, not shown): `)
    if (password === null) return null
    if (password.length < MIN_PASSWORD || password.trim() !== password) {
      // wrangler cuts whitespace off a secret's end, so such a password would never match.
      console.log(`  refused: at least ${MIN_PASSWORD} characters, without spaces at either end.`)
      continue
    }
    if (!interactive() || (await askSecret('  the same again: ')) === password) return password
    console.log('  the two did not match.')
  }
  throw new InputError('No admin password was set: run `npm run deploy` again to choose one.')
}

/** Values for the missing secrets; an admin sign-in left out (an empty user name, or no terminal) is `skipped`. */
export async function gatherSecrets(missing) {
  const values = {}
  const skipped = []
  if (missing.includes('SIGNING_KEY')) values.SIGNING_KEY = randomBytes(32).toString('hex')
  const admin = missing.filter((name) => name.startsWith('ADMIN_'))
  if (admin.length === 0) return { values, skipped }
  console.log('\nThe owner signs in at /admin with a user name and password (stored as secrets, never shown).')
  if (admin.includes('ADMIN_USER')) {
    const user = await askLine('  ADMIN_USER (empty: no password sign-in, Cloudflare Access only): ')
    if (!user) return { values, skipped: admin }
    values.ADMIN_USER = user
  }
  if (admin.includes('ADMIN_PASSWORD')) {
    const password = await askPassword()
    if (password === null) {
      delete values.ADMIN_USER
      return { values, skipped: admin }
    }
    values.ADMIN_PASSWORD = password
  }
  return { values, skipped }
}
