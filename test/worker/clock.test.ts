// The app reads its clock once per request (createApp(clock)): every step of a request agrees on the time, and a test
// moves time by running the very same app on another clock, never by rewriting rows.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../worker/api-types'
import { createApp } from '../../worker/app'
import { BASE, ORIGIN, newThreadKey, randomIp, seedSite, solvedChallenge, testEnv } from './helpers'

const T = Date.UTC(2031, 0, 15, 9, 30, 0)
const MINUTE = 60 * 1000

async function at(nowMs: number, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const { json, ...rest } = init
  const headers = new Headers(rest.headers)
  headers.set('origin', ORIGIN)
  headers.set('cf-connecting-ip', randomIp())
  if (json !== undefined) headers.set('content-type', 'application/json')
  const ctx = createExecutionContext()
  const body = json === undefined ? rest.body : JSON.stringify(json)
  const res = await createApp(() => nowMs).request(`${BASE}${path}`, { ...rest, headers, body }, testEnv, ctx)
  await waitOnExecutionContext(ctx)
  return res
}

describe('the request clock', () => {
  it('stamps a comment with the time of its request and closes its edit window 15 minutes later', async () => {
    const site = await seedSite()
    const challenge = await (await at(T, `/api/challenge?site=${site}`)).json<{ token: string; answer: string }>()
    const posted = await at(T, '/api/comments', {
      method: 'POST',
      json: {
        site,
        thread: newThreadKey(),
        name: 'Ann',
        body: 'Hi',
        challengeToken: challenge.token,
        challengeAnswer: challenge.answer,
      },
    })
    expect(posted.status).toBe(201)
    const { comment, editToken, editableUntil } = await posted.json<PostCommentResponse>()
    expect(comment.createdAt).toBe(new Date(T).toISOString())
    expect(editableUntil).toBe(new Date(T + 15 * MINUTE).toISOString())

    const edit = (nowMs: number) =>
      at(nowMs, `/api/comments/${comment.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${editToken}` },
        json: { body: `Edited at ${nowMs}` },
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
    const { challengeToken, challengeAnswer } = await solvedChallenge(site)
    const post = (nowMs: number) =>
      at(nowMs, '/api/comments', {
        method: 'POST',
        json: { site, thread: newThreadKey(), name: 'Ann', body: 'Hi', challengeToken, challengeAnswer },
      })
    const late = await post(Date.now() + 11 * MINUTE)
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
