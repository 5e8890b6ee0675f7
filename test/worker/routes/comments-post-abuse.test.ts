// POST /api/comments against bots and floods: the honeypot, the challenge (missing, wrong, replayed), the rate limit.
import { describe, expect, it } from 'vitest'
import { listComments, postComment, solvedChallenge } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

describe('POST /api/comments', () => {
  it('refuses a filled honeypot and stores nothing', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const res = await postComment(site, thread, { hp: 'http://spam.example' })
    expect(res.status).toBe(400)
    expect((await listComments(site, thread)).comments).toEqual([])
  })

  it('refuses a missing challenge token with 403 and stores nothing', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const { challengeAnswer } = await solvedChallenge(site)
    const res = await request('/api/comments', {
      method: 'POST',
      json: { site, thread, name: 'Ann', body: 'Hi', challengeAnswer },
    })
    expect(res.status).toBe(403)
    expect((await listComments(site, thread)).comments).toEqual([])
  })

  it('refuses a replayed challenge token with 403 challenge_failed and stores one comment only', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const challenge = await solvedChallenge(site)
    const body = { site, thread, name: 'Ann', body: 'Hi', ...challenge }
    expect((await request('/api/comments', { method: 'POST', json: body })).status).toBe(201)
    const replay = await request('/api/comments', { method: 'POST', json: body })
    expect(replay.status).toBe(403)
    expect(((await replay.json()) as { error: { code: string } }).error.code).toBe('challenge_failed')
    expect((await listComments(site, thread)).comments).toHaveLength(1)
  })

  it('refuses a wrong answer with 403 challenge_failed', async () => {
    const site = await seedSite()
    const res = await postComment(site, newThreadKey(), { challengeAnswer: 'WRONG1' })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'challenge_failed', field: 'challengeAnswer' } })
  })

  it('answers 429 with Retry-After once an IP spent its allowance', async () => {
    const site = await seedSite()
    const ip = '192.0.2.77'
    const limit = Number(testEnv.RATE_LIMIT_PER_10_MIN)
    for (let i = 0; i < limit; i++) expect((await postComment(site, newThreadKey(), {}, ip)).status).toBe(201)
    const res = await postComment(site, newThreadKey(), {}, ip)
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect((await postComment(site, newThreadKey(), {}, '192.0.2.78')).status).toBe(201)
  })
})
