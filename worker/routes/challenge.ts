// GET /api/challenge: a fresh code image and its signed token, for a known site; with `kind=proof`, the code's
// alternative instead (a puzzle the browser solves, for readers who cannot see the image).
import { Hono } from 'hono'
import type { ChallengeResponse, ProofChallengeResponse } from '../api-types'
import { issueProof } from '../challenge/proof'
import { issueChallenge } from '../challenge/token'
import { GATES } from '../domain'
import type { AppEnv } from '../env'
import { localSwitchOn } from '../local'
import { useSite } from '../middleware/site-access'
import { optionalOneOf, queryInput } from '../validate'

export const challenge = new Hono<AppEnv>()

challenge.get('/', async (c) => {
  const input = queryInput(c, 'site', 'kind')
  const site = await useSite(c, input)
  const kind = optionalOneOf(input, 'kind', GATES) ?? 'code'
  const secret = c.env.SIGNING_KEY
  const { answer, ...issued } = await (kind === 'proof' ? issueProof : issueChallenge)(secret, site.id, c.get('now'))
  const body: ChallengeResponse | ProofChallengeResponse = issued
  // Only for local end-to-end tests: the switch is ignored for any host but this machine.
  if (localSwitchOn(c.env, 'EXPOSE_CHALLENGE_ANSWER', c.req.url)) body.answer = answer
  // Every answer is a new code and token: a cached one would be stale or, shared, already burnt.
  c.header('Cache-Control', 'no-store')
  return c.json(body)
})
