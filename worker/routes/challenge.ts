// GET /api/challenge: a fresh code image and its signed token, for a known site; with `kind=proof`, the code's
// alternative instead (a puzzle the browser solves, for readers who cannot see the image). Where the site's gate
// includes Cloudflare Turnstile, the answer names its widget; where it is Turnstile alone, there is no code at all.
import { Hono } from 'hono'
import type { ChallengeResponse, ProofChallengeResponse, TurnstileChallengeResponse } from '../api-types'
import { issueProof } from '../challenge/proof'
import { issueChallenge } from '../challenge/token'
import { issueTurnstilePass, turnstileFor } from '../challenge/turnstile'
import type { AppEnv } from '../env'
import { localSwitchOn } from '../local'
import { useSite } from '../middleware/site-access'
import { optionalOneOf, queryInput } from '../validate'

export const challenge = new Hono<AppEnv>()

/** What a reader may ask for; Turnstile alone is the site's choice, never the reader's. */
const KINDS = ['code', 'proof'] as const

challenge.get('/', async (c) => {
  const input = queryInput(c, 'site', 'kind')
  const site = await useSite(c, input)
  const kind = optionalOneOf(input, 'kind', KINDS) ?? 'code'
  const secret = c.env.SIGNING_KEY
  const keys = turnstileFor(c.env, site)
  const issue = keys && site.gate === 'turnstile' ? issueTurnstilePass : kind === 'proof' ? issueProof : issueChallenge
  const { answer, ...issued } = await issue(secret, site.id, c.get('now'))
  const body: ChallengeResponse | ProofChallengeResponse | TurnstileChallengeResponse = keys
    ? { ...issued, turnstile: { siteKey: keys.siteKey } }
    : issued
  // Only for local end-to-end tests: the switch is ignored for any host but this machine.
  if (localSwitchOn(c.env, 'EXPOSE_CHALLENGE_ANSWER', c.req.url)) body.answer = answer
  // Every answer is a new code and token: a cached one would be stale or, shared, already burnt.
  c.header('Cache-Control', 'no-store')
  return c.json(body)
})
