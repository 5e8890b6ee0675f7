// POST /api/comments with bad input: every malformed body or field is refused with the one error shape, storing nothing.
import { describe, expect, it } from 'vitest'
import { listComments, postComment } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request } from '../support/request'
import { seedSite } from '../support/seed'

describe('POST /api/comments', () => {
  const FORM = 'application/x-www-form-urlencoded'
  it.each([
    ['malformed JSON', 400, 'application/json', '{"site": "x",', 'The body is not valid JSON.'],
    ['a JSON array', 400, 'application/json', '[1,2]', 'The body must be a JSON object.'],
    ['a form-encoded body', 415, FORM, 'site=x&body=y', 'Send the body as application/json.'],
  ])('answers %s with %i bad_request', async (_label, status, type, body, message) => {
    const res = await request('/api/comments', { method: 'POST', body, headers: { 'content-type': type } })
    expect(res.status).toBe(status)
    expect(await res.json()).toEqual({ error: { code: 'bad_request', message } })
  })

  it('answers a 1 MB body with 413 payload_too_large', async () => {
    const res = await request('/api/comments', { method: 'POST', json: { body: 'x'.repeat(1024 * 1024) } })
    expect(res.status).toBe(413)
    expect(await res.json()).toEqual({
      error: { code: 'payload_too_large', message: 'The body must be at most 32768 bytes.' },
    })
  })

  it('answers a 1 MB chunked body without Content-Length with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 16) controller.enqueue(chunk)
        else controller.close()
      },
    })
    const res = await request('/api/comments', {
      method: 'POST',
      body: stream,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit)
    expect(res.status).toBe(413)
  })

  it('answers an unknown site with 404', async () => {
    const res = await postComment('no-such-site', '/a')
    expect(res.status).toBe(404)
  })

  const fieldCases: [string, string, Record<string, unknown>][] = [
    ['a missing name', 'name', { name: undefined }],
    ['a blank name', 'name', { name: '   ' }],
    ['a name over 80 characters', 'name', { name: 'n'.repeat(81) }],
    ['a name that is not a string', 'name', { name: 42 }],
    ['an email that is not a mailbox', 'email', { email: 'ann@' }],
    ['an email with a line break', 'email', { email: 'ann@example.com\r\nBcc: all@example.com' }],
    ['an email that is not a string', 'email', { email: ['a@b.nl'] }],
    ['a website that is not http(s)', 'website', { website: 'javascript:alert(1)' }],
    ['a website that is not a URL', 'website', { website: 'not a url' }],
    ['a missing body', 'body', { body: undefined }],
    ['a body over 5,000 characters', 'body', { body: 'b'.repeat(5001) }],
    ['a body that is an object', 'body', { body: { text: 'hi' } }],
    ['a parentId that is a string', 'parentId', { parentId: '1' }],
    ['a negative parentId', 'parentId', { parentId: -3 }],
    ['a parentId that does not exist', 'parentId', { parentId: 999999 }],
    ['a missing thread', 'thread', { thread: undefined }],
    ['a thread key over 200 characters', 'thread', { thread: `/${'t'.repeat(200)}` }],
    ['a threadUrl that is not http(s)', 'threadUrl', { threadUrl: 'ftp://example.com/x' }],
    ['follow without an email', 'email', { follow: true }],
    ['follow that is not a boolean', 'follow', { follow: 'yes', email: 'ann@example.com' }],
  ]
  it.each(fieldCases)('refuses %s with 400 validation_failed and stores nothing', async (_label, field, fields) => {
    const site = await seedSite()
    const thread = newThreadKey()
    const res = await postComment(site, thread, { thread, ...fields })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field } })
    expect((await listComments(site, thread)).comments).toEqual([])
  })

  it('accepts a body of exactly 5,000 characters, counting emoji as one', async () => {
    const site = await seedSite()
    const res = await postComment(site, newThreadKey(), { body: '🙂'.repeat(5000) })
    expect(res.status).toBe(201)
  })

  it('ignores unknown fields', async () => {
    const site = await seedSite()
    expect((await postComment(site, newThreadKey(), { admin: true, status: 'published', ip: '1.2.3.4' })).status).toBe(
      201,
    )
  })
})
