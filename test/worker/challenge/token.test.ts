// Challenge tokens: issued with a keyed hash of the code, judged without D1; forged, expired, foreign and other-purpose
// tokens are refused before any answer is looked at.
import { describe, expect, it } from 'vitest'
import { issueChallenge, judgeChallenge } from '../../../worker/challenge/token'
import { ApiError } from '../../../worker/errors'
import { keyedHash, signToken } from '../../../worker/tokens'
import { testEnv } from '../support/request'

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0)
const TEN_MINUTES = 10 * 60 * 1000
const KEY = testEnv.SIGNING_KEY

async function expectRefused(attempt: Promise<unknown>) {
  await expect(attempt).rejects.toBeInstanceOf(ApiError)
  await expect(attempt).rejects.toMatchObject({ code: 'challenge_failed', field: 'challengeAnswer', status: 403 })
}

/** Another code of the same length: right length, wrong characters. */
const wrongAnswer = (answer: string) => [...answer].map((ch) => (ch === 'A' ? 'C' : 'A')).join('')

const payloadOf = (token: string): Record<string, unknown> => {
  const part = token.split('.')[1] ?? ''
  return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')))
}

const base64url = (json: string) => btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

describe('issueChallenge', () => {
  it('signs a token that holds the id, the site and a hash, never the answer', async () => {
    const issued = await issueChallenge(KEY, 'demo', NOW)
    const payload = payloadOf(issued.token)
    expect(Object.keys(payload).sort()).toEqual(['exp', 'h', 'iat', 'id', 'purpose', 'site'])
    expect(payload).toMatchObject({ site: 'demo', purpose: 'challenge' })
    expect(JSON.stringify(payload).toUpperCase()).not.toContain(issued.answer)
    expect(issued.expiresAt).toBe(new Date(NOW + TEN_MINUTES).toISOString())
  })
})

describe('judgeChallenge', () => {
  it('finds the right answer right, trimmed and in any case, under a spent-token id of its own', async () => {
    const issued = await issueChallenge(KEY, 'demo', NOW)
    const judged = await judgeChallenge(KEY, 'demo', issued.token, `  ${issued.answer.toLowerCase()} `, NOW + 1000)
    expect(judged).toEqual({
      id: `challenge:${payloadOf(issued.token).id}`,
      expiresAt: NOW + TEN_MINUTES,
      right: true,
      gate: 'code',
    })
  })

  it('finds a wrong, missing, mistyped or over-long answer wrong', async () => {
    const issued = await issueChallenge(KEY, 'demo', NOW)
    for (const answer of [wrongAnswer(issued.answer), undefined, 42, `${issued.answer}${' '.repeat(40)}`]) {
      await expect(judgeChallenge(KEY, 'demo', issued.token, answer, NOW)).resolves.toMatchObject({ right: false })
    }
  })

  it('accepts a token until its expiry and refuses it after', async () => {
    const issued = await issueChallenge(KEY, 'demo', NOW)
    await expectRefused(judgeChallenge(KEY, 'demo', issued.token, issued.answer, NOW + TEN_MINUTES))
    await expect(
      judgeChallenge(KEY, 'demo', issued.token, issued.answer, NOW + TEN_MINUTES - 1000),
    ).resolves.toMatchObject({ expiresAt: NOW + TEN_MINUTES, right: true })
  })

  it('refuses a token signed with another key', async () => {
    const id = crypto.randomUUID()
    const otherKey = 'another-key-0123456789abcdef0123456789abcdef'
    const claims = { id, site: 'demo', h: await keyedHash(otherKey, `${id}:ACDEF`) }
    const token = await signToken(otherKey, 'challenge', claims, NOW + TEN_MINUTES)
    await expectRefused(judgeChallenge(KEY, 'demo', token, 'ACDEF', NOW))
  })

  it('refuses a token whose payload was changed after signing', async () => {
    const issued = await issueChallenge(KEY, 'demo', NOW)
    const [header, , signature] = issued.token.split('.')
    const payload = base64url(JSON.stringify({ ...payloadOf(issued.token), site: 'other' }))
    await expectRefused(judgeChallenge(KEY, 'other', `${header}.${payload}.${signature}`, issued.answer, NOW))
  })

  it('refuses a token signed for another purpose', async () => {
    const id = crypto.randomUUID()
    const claims = { id, site: 'demo', h: await keyedHash(KEY, `${id}:ACDEF`) }
    const token = await signToken(KEY, 'edit', claims, NOW + TEN_MINUTES)
    await expectRefused(judgeChallenge(KEY, 'demo', token, 'ACDEF', NOW))
  })

  it('refuses a token issued for another site', async () => {
    const issued = await issueChallenge(KEY, 'demo', NOW)
    await expectRefused(judgeChallenge(KEY, 'other', issued.token, issued.answer, NOW))
  })

  it('refuses a missing or malformed token', async () => {
    await expectRefused(judgeChallenge(KEY, 'demo', undefined, 'ACDEF', NOW))
    await expectRefused(judgeChallenge(KEY, 'demo', 'not.a.token', 'ACDEF', NOW))
  })
})
