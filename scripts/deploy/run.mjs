// Runs the planned steps in order and stops at the first that fails, saying which: what ran before it stays done, and
// the next `npm run deploy` plans only what is still missing. Then checks that the new version answers.
import { writeVars } from './config.mjs'
import { CONFIG } from './state.mjs'
import { run, tail, wrangler } from './wrangler.mjs'

/** A step that failed: the message says which, why, and that running again picks up from there. */
export class StepError extends Error {}

/** The URLs `wrangler deploy` prints under "Deployed … triggers", one per line (workers.dev, custom domains). */
export const deployedUrls = (output) => [...output.matchAll(/^\s+(https?:\/\/[^\s/]+)\/?\s*$/gm)].map((m) => m[1])

const HEALTH_TIMEOUT_MS = Number(process.env.PARLEY_HEALTH_TIMEOUT_MS ?? 60_000)

/** Whether GET /api/health answers {"ok":true}, asking again for a while: a new version takes seconds to spread. */
async function healthy(origin, timeoutMs) {
  const until = Date.now() + timeoutMs
  for (let wait = 500; ; wait = Math.min(wait * 2, 5000)) {
    try {
      const signal = AbortSignal.timeout(Math.max(1000, Math.min(10_000, until - Date.now())))
      const res = await fetch(`${origin}/api/health`, { signal })
      if (res.ok && (await res.json()).ok === true) return true
    } catch {
      // not there yet
    }
    if (Date.now() + wait > until) return false
    await new Promise((resolve) => setTimeout(resolve, wait))
  }
}

async function runStep(step, context) {
  if (step.kind === 'vars') return writeVars(CONFIG, step.values)
  if (step.kind === 'health') return checkHealth(context)
  const input = step.kind === 'secret' ? context.secrets[step.name] : ''
  const result =
    step.kind === 'npm'
      ? await run('npm', step.args, { echo: true })
      : await wrangler(step.kind === 'secret' ? ['secret', 'put', step.name] : step.args, { input, echo: true })
  if (!result.ok) throw new StepError(`${step.say} failed:\n${tail(result)}`)
  if (step.deploy) context.urls = deployedUrls(result.stdout)
}

async function checkHealth(context) {
  const [deployed = context.publicUrl] = context.urls
  if (!(await healthy(deployed, HEALTH_TIMEOUT_MS)))
    throw new StepError(`${deployed}/api/health did not answer {"ok":true}: see \`npx wrangler tail\` for what failed`)
  console.log(`     ${deployed}/api/health answers {"ok":true}`)
  // One look only: PUBLIC_URL may be a domain not routed yet, which is worth a word, not a failure.
  if (!context.urls.includes(context.publicUrl) && !(await healthy(context.publicUrl, 0)))
    console.log(`     PUBLIC_URL ${context.publicUrl} does not answer yet: route that domain to the Worker (dashboard:
     Workers & Pages → the Worker → Settings → Domains & Routes), or set PUBLIC_URL to ${deployed}.`)
}

/**
 * @param {{ say: string }[]} steps
 * @param {{ secrets: Record<string, string>, publicUrl: string }} context  secrets: values by name, never printed
 */
export async function runSteps(steps, context) {
  const state = { ...context, urls: [] }
  for (const [i, step] of steps.entries()) {
    console.log(`  ${i + 1}. ${step.say}`)
    try {
      await runStep(step, state)
    } catch (err) {
      const why = err instanceof StepError ? err.message : `${step.say} failed: ${err.message}`
      const done = i === 0 ? 'Nothing was changed.' : `Steps 1–${i} are done and stay done.`
      throw new StepError(`${why}\n\n${done} Run \`npm run deploy\` again: it does only what is still missing.`)
    }
  }
  return state.urls
}

/** The snippet for a page and the admin URL, on PUBLIC_URL. */
export function finalWords(publicUrl) {
  return `
Parley is deployed.

Add a site (once per site that embeds Parley):
  npm run site -- add my-blog --name "My blog" --origin https://blog.example.org --remote

Then put this where the comments go on each page (data-site: the site's id):
  <div id="parley"></div>
  <script src="${publicUrl}/parley.js" data-site="my-blog" async></script>

Admin page: ${publicUrl}/admin`
}
