// Every value of the hostile-input corpus (test/corpus/hostile.json) in every field of every public write: no answer is
// a 5xx, every error has the API's one shape, and no stored comment holds markup that could run.
import { describe, expect, it } from 'vitest'
import corpus from '../../corpus/hostile.json'
import { inertHtml } from '../../corpus/inert-html'
import type { Comment, PostCommentResponse } from '../../../worker/api-types'
import { postOk, solvedChallenge } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request } from '../support/request'
import { seedSite } from '../support/seed'

// Half of a surrogate pair, as a broken client may send it; JSON files cannot hold it portably, so it is added here.
const INPUTS: unknown[] = [...corpus.strings, String.fromCharCode(0xd83d), ...corpus.values]

let requests = 0
const outcomes = { ok: 0, refused: 0, serverErrors: 0 }

async function expectHandled(res: Response): Promise<unknown> {
  requests++
  const body = await res.json().catch(() => null)
  if (res.status >= 500) outcomes.serverErrors++
  else if (res.ok) outcomes.ok++
  else {
    outcomes.refused++
    expect(body).toMatchObject({ error: { code: expect.any(String), message: expect.any(String) } })
  }
  expect(res.status).toBeLessThan(500)
  return body
}

describe('the hostile-input corpus', () => {
  it('is checked by a test that tells markup that could run from markup that cannot', () => {
    for (const html of [
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:x">a</a>',
      '<p onclick="x">a</p>',
      '<p>a<b',
    ]) {
      expect(inertHtml(html), html).toBe(false)
    }
    expect(
      inertHtml('<p>&lt;script&gt; <a href="https://x.org" title="&quot; onclick=&quot;" rel="ugc">a</a></p>'),
    ).toBe(true)
  })

  it('posts every input in every field of a comment, and nothing posted can run', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const parent = await postOk(site, thread)
    const fields = ['name', 'email', 'website', 'body', 'thread', 'threadTitle', 'threadUrl', 'parentId', 'follow']
    const stored: Comment[] = []
    for (const field of [...fields, 'challengeAnswer', 'authorToken', 'site']) {
      for (const value of INPUTS) {
        const json = {
          site,
          thread,
          parentId: parent.comment.id,
          name: 'Ann',
          body: 'Hi',
          ...(await solvedChallenge(site)),
        }
        const res = await request('/api/comments', { method: 'POST', json: { ...json, [field]: value } })
        const body = (await expectHandled(res)) as PostCommentResponse | null
        if (res.ok && body) stored.push(body.comment)
      }
    }
    expect(stored.length).toBeGreaterThan(100)
    expect(stored.map((comment) => comment.html).filter((html) => !inertHtml(html))).toEqual([])
  }, 120_000)

  it('edits a comment with every input, and nothing edited can run', async () => {
    const site = await seedSite()
    const posted = await postOk(site, newThreadKey())
    const init = { method: 'PATCH', headers: { authorization: `Bearer ${posted.editToken}` } }
    const edited: string[] = []
    for (const value of INPUTS) {
      const res = await request(`/api/comments/${posted.comment.id}`, { ...init, json: { body: value } })
      const body = (await expectHandled(res)) as { comment: Comment } | null
      if (res.ok && body) edited.push(body.comment.html)
    }
    expect(edited.length).toBeGreaterThan(50)
    expect(edited.filter((html) => !inertHtml(html))).toEqual([])
  }, 60_000)

  it('follows with every input in every field', async () => {
    const site = await seedSite()
    for (const field of ['email', 'thread', 'threadTitle', 'threadUrl']) {
      for (const value of INPUTS) {
        const json = { site, thread: newThreadKey(), email: 'reader@example.org', ...(await solvedChallenge(site)) }
        await expectHandled(await request('/api/follow', { method: 'POST', json: { ...json, [field]: value } }))
      }
    }
  }, 120_000)

  it('reads every input as a query parameter of the thread list, the counts and the challenge', async () => {
    const site = await seedSite()
    for (const value of corpus.strings.filter((s) => s.length < 2000)) {
      const q = encodeURIComponent(value)
      await expectHandled(await request(`/api/comments?site=${site}&thread=${q}&cursor=${q}`))
      await expectHandled(await request(`/api/counts?site=${site}&thread=${q}`))
      await expectHandled(await request(`/api/challenge?site=${q}`))
    }
    console.info(
      `[corpus] ${INPUTS.length} hostile inputs, ${requests} requests: ${outcomes.ok} accepted, ` +
        `${outcomes.refused} refused with a clear error, ${outcomes.serverErrors} server errors, 0 executed`,
    )
    expect(outcomes.serverErrors).toBe(0)
  }, 60_000)
})
