// `npm run deploy`: from a fresh Cloudflare account to a working Parley in one command, and safe to run again at any
// time. It reads what exists (scripts/deploy/state.mjs), asks for what it cannot make up before it creates anything
// (inputs.mjs), plans only the missing steps (plan.mjs), runs them (run.mjs), and reads the account again to check.
// `--dry-run` (also `npm run deploy --dry-run`) prints the plan and changes nothing.
import { parseArgs } from 'node:util'
import { askLine, closeInput, interactive } from './deploy/ask.mjs'
import { InputError, checkFlags, gatherSecrets, gatherVars } from './deploy/inputs.mjs'
import { dryRunAnswers, inPlace, missingSetup, needs, planSteps } from './deploy/plan.mjs'
import { StepError, finalWords, runSteps } from './deploy/run.mjs'
import { ReadError, readAccount, readState } from './deploy/state.mjs'
import { wrangler } from './deploy/wrangler.mjs'

const USAGE = `Usage: npm run deploy [-- options]      (npm run deploy --dry-run works too)

  --dry-run            print every step it would take, change nothing
  --public-url URL     PUBLIC_URL, the https origin the Worker answers on (else asked when unset)
  --mail-from ADDRESS  MAIL_FROM, the sender address of the mails (else asked when unset)

Signs in through wrangler (npx wrangler login, or CLOUDFLARE_API_TOKEN); creates the D1 database and the queue when
missing, applies pending migrations, sets missing secrets, builds, deploys and checks /api/health.`

const print = (text = '') => console.log(text)

function options() {
  const { values } = parseArgs({
    options: {
      'dry-run': { type: 'boolean' },
      'public-url': { type: 'string' },
      'mail-from': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  return {
    help: values.help === true,
    dryRun: values['dry-run'] === true || process.env.npm_config_dry_run === 'true',
    flags: { PUBLIC_URL: values['public-url'], MAIL_FROM: values['mail-from'] },
  }
}

/** With more than one account, wrangler cannot choose without a terminal: the person does, for every call after. */
async function chooseAccount(account, dryRun) {
  if (account.accounts.length <= 1 || process.env.CLOUDFLARE_ACCOUNT_ID) return account.accounts[0]
  const listed = account.accounts.map((a, i) => `  ${i + 1}. ${a.name} (${a.id})`).join('\n')
  if (dryRun || !interactive())
    throw new InputError(`This login has ${account.accounts.length} accounts:\n${listed}\nSet CLOUDFLARE_ACCOUNT_ID.`)
  const picked = account.accounts[Number(await askLine(`Which account?\n${listed}\nNumber: `)) - 1]
  if (!picked) throw new InputError('No such account.')
  process.env.CLOUDFLARE_ACCOUNT_ID = picked.id
  return picked
}

function printPlan(steps, dryRun) {
  print(dryRun ? '\nA run would take these steps:' : '\nSteps:')
  if (dryRun) for (const [i, step] of steps.entries()) print(`  ${i + 1}. ${step.say}${commandOf(step)}`)
}

const commandOf = (step) =>
  step.kind === 'wrangler'
    ? `\n       wrangler ${step.args.join(' ')}`
    : step.kind === 'secret'
      ? `\n       wrangler secret put ${step.name}   (the value on stdin)`
      : step.kind === 'npm'
        ? `\n       npm ${step.args.join(' ')}`
        : ''

async function main() {
  const { help, dryRun, flags } = options()
  if (help) return print(USAGE)
  // A wrong value is refused before anything is read or created.
  const flagValues = checkFlags(flags)
  const version = (await wrangler(['--version'])).stdout.trim()
  print(`Parley deploy${dryRun ? ' (dry run: nothing is changed)' : ''}, with wrangler ${version}`)
  const account = await readAccount()
  if (!account)
    throw new InputError(
      'Not signed in to Cloudflare. Run `npx wrangler login` (or set CLOUDFLARE_API_TOKEN), then `npm run deploy` again.',
    )
  const chosen = await chooseAccount(account, dryRun)
  print(`Signed in${account.email ? ` as ${account.email}` : ''}, account "${chosen?.name ?? '?'}".`)
  const state = await readState()
  const done = inPlace(state)
  if (done.length > 0) print(`In place already: ${done.join('; ')}.`)
  if (dryRun) {
    const steps = planSteps(state, dryRunAnswers(state, flagValues))
    printPlan(steps, true)
    return print('\nNothing was changed.')
  }
  const need = needs(state)
  const vars = await gatherVars(need, flagValues, state.vars)
  const { values: secrets, skipped } = await gatherSecrets(need.secrets)
  const steps = planSteps(state, { vars, secrets: Object.keys(secrets) })
  printPlan(steps, false)
  const publicUrl = vars.PUBLIC_URL ?? state.vars.PUBLIC_URL
  await runSteps(steps, { secrets, publicUrl })
  // Read back: every setup step must show in the account now, or this run did not finish the job.
  const missing = missingSetup(await readState(), skipped)
  if (missing.length > 0)
    throw new StepError(`The account still lacks: ${missing.join('; ')}. Run \`npm run deploy\` again.`)
  if (skipped.length > 0) print(`\nNo password sign-in (${skipped.join(', ')} not set): sign in through Access only.`)
  print(finalWords(publicUrl))
}

main()
  .catch((err) => {
    const known = err instanceof InputError || err instanceof StepError || err instanceof ReadError
    console.error(`\n[parley] ${known ? err.message : (err.stack ?? err)}`)
    if (err instanceof ReadError) console.error('Nothing was changed.')
    process.exitCode = 1
  })
  .finally(closeInput)
