// PATCH and DELETE /api/comments/:id: an author edits or deletes their own comment with its edit token, in the window.
import { describe, expect, it } from 'vitest'
import { signToken } from '../../../worker/tokens'
import { listComments, postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { ORIGIN, request, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

const bearer = (token: string) => ({ authorization: `Bearer ${token}` })
const edit = (id: number, token: string, body: unknown = { body: 'Fixed *typo*' }, at?: number) =>
  request(`/api/comments/${id}`, { method: 'PATCH', json: body, headers: bearer(token), at })
const remove = (id: number, token: string) =>
  request(`/api/comments/${id}`, { method: 'DELETE', headers: bearer(token) })

describe('PATCH /api/comments/:id', () => {
  it("edits one's own comment within the window and marks it edited", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const { comment, editToken } = await postOk(site, thread)
    const res = await edit(comment.id, editToken)
    expect(res.status).toBe(200)
    const { comment: edited } = (await res.json()) as { comment: typeof comment }
    expect(edited).toEqual({ ...comment, html: '<p>Fixed <em>typo</em></p>', editedAt: expect.any(String) })
    expect((await listComments(site, thread)).comments[0]!.html).toBe('<p>Fixed <em>typo</em></p>')
  })

  it("refuses another comment's token with 401", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const mine = await postOk(site, thread)
    const theirs = await postOk(site, thread)
    const res = await edit(theirs.comment.id, mine.editToken)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({
      error: {
        code: 'unauthorized',
        message: 'This edit token is not valid for this comment, or the edit window has closed.',
      },
    })
    expect((await listComments(site, thread)).comments[1]!.html).toBe('<p>Hello</p>')
  })

  it('refuses an edit once the window has closed', async () => {
    const site = await seedSite()
    const { comment, editToken, editableUntil } = await postOk(site, newThreadKey())
    expect((await edit(comment.id, editToken, undefined, Date.parse(editableUntil))).status).toBe(401)
  })

  it('refuses a token of another purpose and a forged one', async () => {
    const site = await seedSite()
    const { comment } = await postOk(site, newThreadKey())
    const otherPurpose = await signToken(testEnv.SIGNING_KEY, 'unsubscribe', { cid: comment.id }, Date.now() + 60_000)
    const forged = await signToken('not-the-key', 'edit', { cid: comment.id }, Date.now() + 60_000)
    expect((await edit(comment.id, otherPurpose)).status).toBe(401)
    expect((await edit(comment.id, forged)).status).toBe(401)
    expect((await edit(comment.id, 'garbage')).status).toBe(401)
  })

  it('validates the new body', async () => {
    const site = await seedSite()
    const { comment, editToken } = await postOk(site, newThreadKey())
    const res = await edit(comment.id, editToken, { body: '   ' })
    expect(res.status).toBe(400)
    const error = { code: 'validation_failed', message: 'body is required.', field: 'body' }
    expect(await res.json()).toEqual({ error })
  })
})

describe('DELETE /api/comments/:id', () => {
  it("removes one's own comment from the thread and its count", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const { comment, editToken } = await postOk(site, thread)
    await postOk(site, thread)
    expect((await remove(comment.id, editToken)).status).toBe(204)
    const listed = await listComments(site, thread)
    expect(listed.comments.map((c) => c.id)).not.toContain(comment.id)
    expect(listed.thread.commentCount).toBe(1)
  })

  it('answers 404 to a second delete and does not lower the count twice', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const { comment, editToken } = await postOk(site, thread)
    await postOk(site, thread)
    await remove(comment.id, editToken)
    expect((await remove(comment.id, editToken)).status).toBe(404)
    expect((await listComments(site, thread)).thread.commentCount).toBe(1)
  })

  it("refuses another comment's token", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const mine = await postOk(site, thread)
    const theirs = await postOk(site, thread)
    expect((await remove(theirs.comment.id, mine.editToken)).status).toBe(401)
    expect((await listComments(site, thread)).comments).toHaveLength(2)
  })
})

describe('CORS on PATCH and DELETE /api/comments/:id', () => {
  it("grants the site's origin on an edit, a delete and a refusal, so the widget on the page can read the answer", async () => {
    const site = await seedSite()
    const { comment, editToken } = await postOk(site, newThreadKey())
    const refused = await edit(comment.id, 'garbage')
    expect(refused.status).toBe(401)
    expect(refused.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    const edited = await edit(comment.id, editToken)
    expect(edited.status).toBe(200)
    expect(edited.headers.get('access-control-allow-origin')).toBe(ORIGIN)
    const removed = await remove(comment.id, editToken)
    expect(removed.status).toBe(204)
    expect(removed.headers.get('access-control-allow-origin')).toBe(ORIGIN)
  })

  it("refuses an origin the comment's site does not list with 403 forbidden_origin, and changes nothing", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const { editToken, comment } = await postOk(site, thread)
    const res = await request(`/api/comments/${comment.id}`, {
      method: 'DELETE',
      origin: 'https://evil.example',
      headers: bearer(editToken),
    })
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({
      error: { code: 'forbidden_origin', message: "This page's origin is not allowed for this site." },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect((await listComments(site, thread)).comments).toHaveLength(1)
  })
})
