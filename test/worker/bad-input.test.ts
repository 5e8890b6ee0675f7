import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../worker/api-types'
import { newThreadKey, postComment, request, seedSite, solvedChallenge } from './helpers'

const threadIsEmpty = async (site: string, thread: string) =>
  ((await (await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)).json()) as ListResponse)
    .comments.length === 0

describe('POST /api/comments with bad input', () => {
  it('answers malformed JSON with 400 bad_request', async () => {
    const res = await request('/api/comments', {
      method: 'POST',
      body: '{"site": "x",',
      headers: { 'content-type': 'application/json' },
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'bad_request', message: 'The body is not valid JSON.' } })
  })

  it('answers a JSON array with 400 bad_request', async () => {
    const res = await request('/api/comments', { method: 'POST', json: [1, 2] })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'bad_request', message: 'The body must be a JSON object.' } })
  })

  it('answers a form-encoded body with 415', async () => {
    const res = await request('/api/comments', {
      method: 'POST',
      body: 'site=x&body=y',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(res.status).toBe(415)
    expect(await res.json()).toEqual({ error: { code: 'bad_request', message: 'Send the body as application/json.' } })
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
    expect(await threadIsEmpty(site, thread)).toBe(true)
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

  it('refuses a missing challenge token with 403 and stores nothing', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const { challengeAnswer } = await solvedChallenge(site)
    const res = await request('/api/comments', {
      method: 'POST',
      json: { site, thread, name: 'Ann', body: 'Hi', challengeAnswer },
    })
    expect(res.status).toBe(403)
    expect(await threadIsEmpty(site, thread)).toBe(true)
  })
})

describe('CORS', () => {
  it('grants a listed origin on reads', async () => {
    const site = await seedSite()
    const res = await request(`/api/comments?site=${site}&thread=/a`)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
  })

  it('gives an unlisted origin no grant and refuses its writes with 403 forbidden_origin', async () => {
    const site = await seedSite()
    const read = await request(`/api/comments?site=${site}&thread=/a`, { origin: 'https://evil.example' })
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
    const thread = newThreadKey()
    const write = await request('/api/comments', {
      method: 'POST',
      origin: 'https://evil.example',
      json: { site, thread, name: 'Eve', body: 'x', ...(await solvedChallenge(site)) },
    })
    expect(write.status).toBe(403)
    expect(await write.json()).toEqual({
      error: { code: 'forbidden_origin', message: "This page's origin is not allowed for this site." },
    })
    expect(write.headers.get('access-control-allow-origin')).toBeNull()
    expect(await threadIsEmpty(site, thread)).toBe(true)
  })

  it('answers a preflight from a listed origin with the allowed methods and headers', async () => {
    await seedSite()
    const res = await request('/api/comments/1', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'PATCH' },
    })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
    expect(res.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(res.headers.get('access-control-allow-headers')).toContain('Authorization')
  })

  it('gives no preflight grant for the admin API, even to an origin a site lists', async () => {
    await seedSite()
    const res = await request('/api/admin/comments', {
      method: 'OPTIONS',
      headers: { 'access-control-request-method': 'POST' },
    })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a preflight from an unlisted origin', async () => {
    await seedSite()
    const res = await request('/api/comments', { method: 'OPTIONS', origin: 'https://evil.example' })
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(res.status).toBe(403)
  })
})
