// POST /api/comments: a new comment stored, rendered and listed, or held, by what the site and the thread allow.
import { describe, expect, it } from 'vitest'
import { listComments, postComment, postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { ORIGIN, testEnv } from '../support/request'
import { seedSite } from '../support/seed'

describe('POST /api/comments', () => {
  it('stores a comment, renders its Markdown, and lists it', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const res = await postComment(site, thread, {
      name: ' Ann ',
      body: 'Hello **world**',
      website: 'https://ann.example',
      threadTitle: 'A post',
    })
    expect(res.status).toBe(201)
    const posted = (await res.json()) as Record<string, unknown>
    expect(posted).toEqual({
      comment: {
        id: expect.any(Number),
        parentId: null,
        name: 'Ann',
        website: 'https://ann.example/',
        avatar: expect.stringMatching(/^[0-9a-f]{8}$/),
        html: '<p>Hello <strong>world</strong></p>',
        createdAt: expect.any(String),
        editedAt: null,
        status: 'published',
      },
      editToken: expect.any(String),
      editableUntil: expect.any(String),
      follow: 'none',
      authorToken: expect.any(String),
    })
    const listed = await listComments(site, thread)
    expect(listed.thread).toEqual({ key: thread, title: 'A post', url: null, commentCount: 1 })
    expect(listed.comments).toEqual([(posted as { comment: unknown }).comment])
    expect(listed.nextCursor).toBeNull()
  })

  it('opens the edit window for 15 minutes', async () => {
    const site = await seedSite()
    const { comment, editableUntil } = await postOk(site, newThreadKey())
    expect(Date.parse(editableUntil) - Date.parse(comment.createdAt)).toBe(15 * 60 * 1000)
  })

  it('never returns the email address or the IP', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const posted = await postOk(site, thread, { email: 'ann@example.com' })
    const text = JSON.stringify(posted) + JSON.stringify(await listComments(site, thread))
    expect(text).not.toContain('ann@example.com')
    expect(text).not.toMatch(/\b10\.\d+\.\d+\.\d+\b/)
  })

  it('stores a reply under its parent', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const parent = await postOk(site, thread)
    const reply = await postOk(site, thread, { parentId: parent.comment.id, name: 'Bob' })
    expect(reply.comment.parentId).toBe(parent.comment.id)
    expect((await listComments(site, thread)).comments.map((c) => [c.id, c.parentId])).toEqual([
      [parent.comment.id, null],
      [reply.comment.id, parent.comment.id],
    ])
  })

  it('refuses a reply to a comment of another thread', async () => {
    const site = await seedSite()
    const other = await postOk(site, newThreadKey())
    const res = await postComment(site, newThreadKey(), { parentId: other.comment.id })
    expect(res.status).toBe(400)
    const message = 'The comment you reply to is not in this thread.'
    expect(await res.json()).toEqual({ error: { code: 'validation_failed', message, field: 'parentId' } })
  })

  it("keeps a thread URL off the site's origins out of the thread, so mails never link a follower to another site", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    expect((await postComment(site, thread, { threadUrl: 'https://evil.example/login' })).status).toBe(201)
    expect((await listComments(site, thread)).thread.url).toBeNull()
    expect((await postComment(site, thread, { threadUrl: `${ORIGIN}${thread}` })).status).toBe(201)
    expect((await listComments(site, thread)).thread.url).toBe(`${ORIGIN}${thread}`)
  })

  it('holds every comment as pending when the site moderates all, and keeps it out of the list and count', async () => {
    const site = await seedSite({ moderation: 'all' })
    const thread = newThreadKey()
    const posted = await postOk(site, thread)
    expect(posted.comment.status).toBe('pending')
    const listed = await listComments(site, thread)
    expect(listed.comments).toEqual([])
    expect(listed.thread.commentCount).toBe(0)
  })

  it('holds a first-time commenter but publishes an author already published on the site', async () => {
    const site = await seedSite({ moderation: 'first_time' })
    const first = await postOk(site, newThreadKey(), { email: 'new@example.com' })
    expect(first.comment.status).toBe('pending')
    await testEnv.DB.prepare("UPDATE comments SET status = 'published' WHERE id = ?").bind(first.comment.id).run()
    const second = await postOk(site, newThreadKey(), { authorToken: first.authorToken })
    expect(second.comment.status).toBe('published')
  })

  it('refuses a comment in a locked thread with 409 and stores nothing', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await postOk(site, thread)
    await testEnv.DB.prepare('UPDATE threads SET locked = 1 WHERE key = ?').bind(thread).run()
    const res = await postComment(site, thread)
    expect(res.status).toBe(409)
    expect((await listComments(site, thread)).comments).toHaveLength(1)
  })
})
