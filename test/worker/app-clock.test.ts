// The app reads its clock once per request (createApp(clock) in worker/app.ts): every step of a request agrees on the
// time, and a test moves time by running the very same app on another clock, never by rewriting rows.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../worker/api-types'
import { solvedChallenge } from './support/api'
import { newThreadKey } from './support/ids'
import { request } from './support/request'
import { seedSite } from './support/seed'

const T = Date.UTC(2031, 0, 15, 9, 30, 0)
const MINUTE = 60 * 1000

describe('the request clock', () => {
  it('stamps a comment with the time of its request and closes its edit window 15 minutes later', async () => {
    const site = await seedSite()
    const json = { site, thread: newThreadKey(), name: 'Ann', body: 'Hi', ...(await solvedChallenge(site, T)) }
    const posted = await request('/api/comments', { method: 'POST', json, at: T })
    expect(posted.status).toBe(201)
    const { comment, editToken, editableUntil } = await posted.json<PostCommentResponse>()
    expect(comment.createdAt).toBe(new Date(T).toISOString())
    expect(editableUntil).toBe(new Date(T + 15 * MINUTE).toISOString())

    const edit = (at: number) =>
      request(`/api/comments/${comment.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${editToken}` },
        json: { body: `Edited at ${at}` },
        at,
      })
    const inTime = await edit(T + 14 * MINUTE)
    expect(inTime.status).toBe(200)
    expect((await inTime.json<{ comment: { editedAt: string } }>()).comment.editedAt).toBe(
      new Date(T + 14 * MINUTE).toISOString(),
    )
    expect((await edit(T + 15 * MINUTE)).status).toBe(401)
  })

  it('refuses a challenge code answered after its ten minutes, by the time of the answering request', async () => {
    const site = await seedSite()
    const json = { site, thread: newThreadKey(), name: 'Ann', body: 'Hi', ...(await solvedChallenge(site)) }
    const late = await request('/api/comments', { method: 'POST', json, at: Date.now() + 11 * MINUTE })
    expect(late.status).toBe(403)
    expect(await late.json()).toEqual({
      error: {
        code: 'challenge_failed',
        message: 'The challenge code has expired or is not valid. Get a new code and try again.',
        field: 'challengeAnswer',
      },
    })
  })
})
