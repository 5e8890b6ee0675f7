// A flood from many networks (issue 12, section 3): past a site's or a thread's comments per minute, whoever sends
// them, new comments are held for the owner instead of shown; the next minute the page takes comments again.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../../worker/api-types'
import { solvedChallenge } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

const env = { ...testEnv, SITE_COMMENTS_PER_MINUTE: '3', THREAD_COMMENTS_PER_MINUTE: '2' }
// Early in a minute, so that every post of a test falls in the same window.
const minute = Math.ceil(Date.now() / 60_000) * 60_000 + 1000
let network = 0

async function post(site: string, thread: string, at = minute) {
  network += 1
  const res = await request('/api/comments', {
    method: 'POST',
    env,
    at,
    ip: `203.0.113.${network % 250}`,
    json: { site, thread, name: 'Ann', body: 'Hello', ...(await solvedChallenge(site, at)) },
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as PostCommentResponse).comment.status
}

describe('the ceilings per site and per thread', () => {
  it("holds what comes past a thread's or the site's ceiling, from any network, and shows comments again a minute later", async () => {
    const site = await seedSite()
    const [a, b, c] = [newThreadKey(), newThreadKey(), newThreadKey()]
    expect([await post(site, a), await post(site, a), await post(site, a)]).toEqual([
      'published',
      'published',
      'pending',
    ])
    // Thread b has had none: the site's ceiling (3) holds it all the same.
    expect(await post(site, b)).toBe('pending')
    expect(await post(site, c, minute + 60_000)).toBe('published')
  })

  it('does not count follow requests, which show nothing on the page', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    expect(await post(site, thread)).toBe('published')
    for (let i = 0; i < 4; i++) {
      const res = await request('/api/follow', {
        method: 'POST',
        env,
        at: minute,
        ip: `198.51.100.${i}`,
        json: { site, thread, email: uniqueEmail('f'), ...(await solvedChallenge(site, minute)) },
      })
      expect(res.status).toBe(202)
    }
    expect(await post(site, thread)).toBe('published')
  })
})
