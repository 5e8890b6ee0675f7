// A stand-in for wrangler (and for npm's build) in the deploy tests: it answers the commands `npm run deploy` uses from
// a JSON file that plays the Cloudflare account (FAKE_STATE), appends every call to FAKE_LOG, and fails a command once
// when the account says so (`failOnce`), as a dropped network would. Secret values land in the account, never the log.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'

const [tool, ...args] = process.argv.slice(2)
const account = JSON.parse(readFileSync(process.env.FAKE_STATE, 'utf8'))
const save = () => writeFileSync(process.env.FAKE_STATE, JSON.stringify(account, null, 2))
const out = (text) => process.stdout.write(`${text}\n`)
const fail = (text, code = 1) => {
  process.stderr.write(`✘ [ERROR] ${text}\n`)
  process.exit(code)
}
const stdin = () => {
  try {
    return readFileSync(0, 'utf8')
  } catch {
    return ''
  }
}

const call = [tool, ...args].join(' ')
const record = (entry) => appendFileSync(process.env.FAKE_LOG, `${JSON.stringify(entry)}\n`)

const failing = Object.keys(account.failOnce ?? {}).find((prefix) => call.startsWith(prefix))
if (failing) {
  const message = account.failOnce[failing]
  delete account.failOnce[failing]
  save()
  record(`${call} (failed)`)
  fail(message)
}
record(call)

if (tool === 'npm') process.exit(0) // `npm run build`: the widget is not built in these tests.
if (call === 'wrangler --version') {
  out('4.164.0')
  process.exit(0)
}
if (!account.loggedIn) {
  if (call === 'wrangler whoami --json') {
    out(JSON.stringify({ loggedIn: false }))
    process.exit(1)
  }
  fail('You are not authenticated. Please run `wrangler login`.')
}

const pending = () =>
  readdirSync('migrations')
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .filter((f) => !account.applied.includes(f))
const needDatabase = () => account.databases.includes('parley') || fail("Couldn't find a D1 DB named 'parley'.")

const commands = {
  'whoami --json': () => out(JSON.stringify({ loggedIn: true, email: account.email, accounts: account.accounts })),
  'd1 list --json': () => out(JSON.stringify(account.databases.map((name) => ({ uuid: `uuid-${name}`, name })))),
  'd1 create parley': () => {
    if (account.databases.includes('parley')) fail('A database with that name already exists [code: 7502]')
    account.databases.push('parley')
    out("✅ Successfully created DB 'parley' in region WEUR")
  },
  'queues info parley-mail': () =>
    account.queues.includes('parley-mail')
      ? out('Queue Name: parley-mail\nQueue ID: q1')
      : fail('Queue "parley-mail" does not exist. To create it, run: wrangler queues create parley-mail'),
  'queues create parley-mail': () => {
    if (account.queues.includes('parley-mail')) fail('A queue with this name already exists [code: 11009]')
    account.queues.push('parley-mail')
    out('✅ Created queue parley-mail.')
  },
  'd1 migrations list DB --remote': () => {
    needDatabase()
    const names = pending()
    out(names.length === 0 ? '✅ No migrations to apply!' : names.map((n) => `│ ${n} │`).join('\n'))
  },
  'd1 migrations apply DB --remote': () => {
    needDatabase()
    for (const name of pending()) account.applied.push(name)
    out('✅ migrations applied')
  },
  'secret list --format json': () =>
    account.worker
      ? out(JSON.stringify(Object.keys(account.secrets).map((name) => ({ name, type: 'secret_text' }))))
      : fail('Worker "parley" not found.\nIf this is a new Worker, run `wrangler deploy` first to create it.'),
  deploy: () => {
    // Real wrangler would provision these itself; the deploy script must have made them first.
    needDatabase()
    if (!account.queues.includes('parley-mail')) fail('Queue "parley-mail" does not exist.')
    account.worker = true
    account.deploys = (account.deploys ?? 0) + 1
    out(
      `Uploaded parley (1.00 sec)\nDeployed parley triggers (0.50 sec)\n  ${account.deployUrl}\n  schedule: */5 * * * *`,
    )
  },
}

const secret = args.join(' ').match(/^secret put ([A-Z_]+)$/)
if (secret) {
  const value = stdin().replace(/\s+$/, '')
  if (!value) fail('empty secret')
  account.secrets[secret[1]] = value
  account.worker = true // wrangler makes a draft Worker to hold a first secret
  out(`✨ Success! Uploaded secret ${secret[1]}`)
} else {
  const handler = commands[args.join(' ')]
  if (!handler) fail(`fake wrangler: no such command: ${call}`, 2)
  handler()
}
save()
