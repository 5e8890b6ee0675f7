// The code's alternative (issue 12): GET /api/challenge?kind=proof sets a puzzle any browser solves without seeing or
// hearing anything, and a post that solved it is checked, spent and moderated as the site says.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse, ProofChallengeResponse } from '../../../worker/api-types'
import { proofHash } from '../../../worker/proof'
import { postComment } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

async function proofFor(site: string, env = testEnv): Promise<ProofChallengeResponse> {
  const res = await request(`/api/challenge?site=${site}&kind=proof`, { env })
  expect(res.status).toBe(200)
  return (await res.json()) as ProofChallengeResponse
}

/** What the widget does: try 0, 1, 2 … until the hash matches. */
async function solve({ proof }: ProofChallengeResponse): Promise<number> {
  for (let n = 0; n <= proof.maxNumber; n++) if ((await proofHash(proof.salt, n)) === proof.challenge) return n
  throw new Error('no solution')
}

const post = (site: string, challengeToken: string, challengeAnswer: string, thread = newThreadKey()) =>
  postComment(site, thread, { challengeToken, challengeAnswer })

describe('GET /api/challenge?kind=proof', () => {
  it('sets a SHA-256 puzzle with a fresh salt that trying numbers in order solves, and never gives the answer away', async () => {
    const site = await seedSite()
    const quiet = { ...testEnv, EXPOSE_CHALLENGE_ANSWER: undefined }
    const [one, two] = [await proofFor(site, quiet), await proofFor(site, quiet)]
    expect(Object.keys(one).sort()).toEqual(['expiresAt', 'proof', 'token'])
    expect(one.proof).toEqual({
      algorithm: 'SHA-256',
      salt: expect.stringMatching(/^[0-9a-f]{24}$/),
      challenge: expect.stringMatching(/^[0-9a-f]{64}$/),
      maxNumber: 50_000,
    })
    expect(two.proof.salt).not.toBe(one.proof.salt)
    const n = await solve(one)
    expect(n).toBeLessThanOrEqual(one.proof.maxNumber)
    expect((await post(site, one.token, String(n))).status).toBe(201)
  })

  it('refuses any other kind with 400, naming the field', async () => {
    const site = await seedSite()
    const res = await request(`/api/challenge?site=${site}&kind=audio`)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error: { code: 'validation_failed', message: 'kind must be one of code, proof.', field: 'kind' },
    })
  })
})

describe('a comment through the alternative', () => {
  it('is held for the owner by default on a site that publishes at once, and published when the owner says so', async () => {
    const held = await seedSite()
    const proof = await proofFor(held)
    const res = await post(held, proof.token, proof.answer!)
    expect(((await res.json()) as PostCommentResponse).comment.status).toBe('pending')
    const open = await seedSite({ altGateModeration: 'none' })
    const again = await proofFor(open)
    expect(((await (await post(open, again.token, again.answer!)).json()) as PostCommentResponse).comment.status).toBe(
      'published',
    )
  })

  it('refuses an under-worked, replayed or borrowed proof like a wrong code, and burns it at the first wrong try', async () => {
    const site = await seedSite()
    const refused = async (res: Response) => {
      expect(res.status).toBe(403)
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('challenge_failed')
    }
    const guessed = await proofFor(site)
    await refused(await post(site, guessed.token, String((Number(guessed.answer) + 1) % 50_001)))
    await refused(await post(site, guessed.token, guessed.answer!))
    const used = await proofFor(site)
    expect((await post(site, used.token, used.answer!)).status).toBe(201)
    await refused(await post(site, used.token, used.answer!))
    const elsewhere = await proofFor(await seedSite())
    await refused(await post(site, elsewhere.token, elsewhere.answer!))
  })

  it('follows a thread too, as the code does', async () => {
    const site = await seedSite()
    const proof = await proofFor(site)
    const res = await request('/api/follow', {
      method: 'POST',
      json: {
        site,
        thread: newThreadKey(),
        email: 'ann@example.org',
        challengeToken: proof.token,
        challengeAnswer: proof.answer,
      },
    })
    expect(res.status).toBe(202)
  })
})
