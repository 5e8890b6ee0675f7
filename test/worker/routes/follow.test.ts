// POST /api/follow: following a thread without commenting. Double opt-in: a pending follower and one confirmation mail
// a day at most, whatever the address asks.
import { describe, expect, it } from 'vitest'
import type { PostCommentResponse } from '../../../worker/api-types'
import { follow, postComment } from '../support/api'
import { newThreadKey, uniqueEmail } from '../support/ids'
import { request, testEnv } from '../support/request'
import { confirmRows, followerState } from '../support/rows'
import { seedFollowers, seedSite, seedThread } from '../support/seed'

const HOUR = 3600_000

const followerCount = async (thread: string) =>
  (await testEnv.DB.prepare(
    'SELECT count(*) AS n FROM followers f JOIN threads t ON t.id = f.thread_id WHERE t.key = ?',
  )
    .bind(thread)
    .first<{ n: number }>())!.n

describe('POST /api/follow', () => {
  it('keeps one follower and one confirmation mail when the same address follows twice', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('twice')
    expect(await (await follow(site, thread, reader)).json()).toEqual({ follow: 'requested' })
    expect(await (await follow(site, thread, ` ${reader.toUpperCase()} `)).json()).toEqual({ follow: 'requested' })
    expect(await followerCount(thread)).toBe(1)
    expect(await confirmRows(thread)).toHaveLength(1)
  })

  it('answers an active follower as anyone, and sends them one note a day instead of a confirmation', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('active')
    await seedFollowers(await seedThread(site, thread), [reader])
    const res = await follow(site, thread, reader)
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ follow: 'requested' })
    const posted = (await (
      await postComment(site, thread, { email: reader, follow: true })
    ).json()) as PostCommentResponse
    expect(posted.follow).toBe('requested')
    expect(await followerState(reader)).toBe('active')
    expect(await confirmRows(thread)).toHaveLength(1)
  })

  it('sends a pending address a new confirmation only after a day', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('later')
    // Two days ago, so every mail these requests queue is already due for the local queue, which runs on the wall clock.
    const start = Date.now() - 48 * HOUR
    await follow(site, thread, reader, {}, start)
    await follow(site, thread, reader, {}, start + 23 * HOUR)
    expect(await confirmRows(thread)).toHaveLength(1)
    await follow(site, thread, reader, {}, start + 25 * HOUR)
    expect(await confirmRows(thread)).toHaveLength(2)
  })

  it('asks for confirmation again when someone who unsubscribed follows anew', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const reader = uniqueEmail('back')
    await seedFollowers(await seedThread(site, thread), [reader], 'unsubscribed')
    expect(await (await follow(site, thread, reader)).json()).toEqual({ follow: 'requested' })
    expect(await followerState(reader)).toBe('pending')
    expect(await confirmRows(thread)).toHaveLength(1)
  })

  it.each([
    ['an address that is not a mailbox', 'ann@example', 'email must be a valid email address.'],
    ['a missing email', '', 'email is required.'],
  ])('refuses %s with 400 validation_failed', async (_label, email, message) => {
    const site = await seedSite()
    const res = await follow(site, newThreadKey(), email)
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'validation_failed', message, field: 'email' } })
  })

  it('refuses a wrong challenge answer with 403 and stores no follower', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const res = await follow(site, thread, uniqueEmail('bot'), { challengeAnswer: 'WRONG1' })
    expect(res.status).toBe(403)
    expect(await res.json()).toMatchObject({ error: { code: 'challenge_failed', field: 'challengeAnswer' } })
    expect(await followerCount(thread)).toBe(0)
  })

  it('refuses an origin the site does not list', async () => {
    const site = await seedSite()
    const foreign = await request('/api/follow', {
      method: 'POST',
      origin: 'https://evil.example',
      json: { site, thread: newThreadKey(), email: uniqueEmail('x') },
    })
    expect(foreign.status).toBe(403)
    expect(await foreign.json()).toEqual({
      error: { code: 'forbidden_origin', message: "This page's origin is not allowed for this site." },
    })
  })
})
