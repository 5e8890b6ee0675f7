// GET /api/challenge: a fresh code image and its signed token, for a known site.
import { describe, expect, it } from 'vitest'
import type { ChallengeResponse } from '../../../worker/api-types'
import { judgeChallenge } from '../../../worker/challenge/token'
import { request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

describe('GET /api/challenge', () => {
  it('answers a token for the site and an image, never cached', async () => {
    const site = await seedSite()
    const res = await request(`/api/challenge?site=${site}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const body = (await res.json()) as ChallengeResponse
    expect(Object.keys(body).sort()).toEqual(['answer', 'expiresAt', 'image', 'token'])
    expect(body.image).toMatch(/^<svg /)
    await expect(judgeChallenge(testEnv.SIGNING_KEY, site, body.token, body.answer, Date.now())).resolves.toMatchObject(
      {
        right: true,
      },
    )
  })

  it('leaves the answer out for any host but localhost, and when EXPOSE_CHALLENGE_ANSWER is off', async () => {
    const site = await seedSite()
    const remote = await request(`https://comments.example.com/api/challenge?site=${site}`, { origin: null })
    expect(Object.keys(await remote.json()).sort()).toEqual(['expiresAt', 'image', 'token'])
    const switchedOff = await request(`/api/challenge?site=${site}`, {
      origin: null,
      env: { ...testEnv, EXPOSE_CHALLENGE_ANSWER: undefined },
    })
    expect(Object.keys(await switchedOff.json()).sort()).toEqual(['expiresAt', 'image', 'token'])
  })

  it('refuses a missing or over-long site with 400 validation_failed', async () => {
    const missing = await request('/api/challenge')
    expect(missing.status).toBe(400)
    expect(await missing.json()).toEqual({
      error: { code: 'validation_failed', message: 'site is required.', field: 'site' },
    })
    const long = await request(`/api/challenge?site=${'x'.repeat(65)}`)
    expect(long.status).toBe(400)
    expect(await long.json()).toEqual({
      error: { code: 'validation_failed', message: 'site must be at most 64 characters.', field: 'site' },
    })
  })

  it('answers 404 for an unknown site', async () => {
    const res = await request('/api/challenge?site=no-such-site')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'Unknown site "no-such-site".', field: 'site' },
    })
  })
})
