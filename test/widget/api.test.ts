// The widget's API client: the D1 bookmark carried from answer to request (read-your-writes), the early first page
// that parley.js asked for, and every failure as one ApiError.
import { afterEach, describe, expect, it } from 'vitest'
import type { PostCommentRequest } from '../../worker/api-types'
import { ApiError, createApi } from '../../widget/api'
import { API, apiError, comment, list, stubApi } from './api-stub'
import { created, ready } from './form-bench'
import { reset, submit, until } from './page'

afterEach(reset)

const BOOKMARK = '00000abc-00000002-00004f2a-8d7e1c2b3a4f5e6d7c8b9a0f1e2d3c4b'

describe('the API client', () => {
  it('sends no bookmark on a first visit, then the one of its last answer, and keeps it for the next visit', async () => {
    const { api, w, fill } = await ready('en', (req: PostCommentRequest) => ({
      status: 201,
      body: created(req),
      headers: { 'x-parley-bookmark': BOOKMARK },
    }))
    expect(api.of('GET', '/api/comments')[0]?.headers['x-parley-bookmark']).toBeUndefined()
    await fill()
    submit(w.$('form'))
    // After a post the widget draws a fresh code for the next one: that request already carries the bookmark.
    await until(() => api.of('GET', '/api/challenge').length === 2)
    expect(api.of('GET', '/api/challenge')[1]?.headers['x-parley-bookmark']).toBe(BOOKMARK)
    expect(localStorage.getItem('parley-bookmark')).toBe(JSON.stringify(BOOKMARK))
  })

  it('reads the first page from the answer parley.js asked for, and asks the API itself after that', async () => {
    const api = stubApi({ 'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }) })
    const early = Promise.resolve(new Response(JSON.stringify(list([comment(1, null, 'Anna')]))))
    const client = createApi(API, 'demo', '', early)
    expect((await client.list({ thread: '/post' })).comments.map((c) => c.id)).toEqual([1])
    expect(api.calls).toEqual([])
    expect((await client.list({ thread: '/post' })).comments.map((c) => c.id)).toEqual([2])
    expect(api.calls.map((c) => Object.fromEntries(c.query))).toEqual([{ site: 'demo', thread: '/post' }])
  })

  it('throws a lost connection as a network error, and an error answer with its code, status and field', async () => {
    stubApi({
      'GET /api/comments': () => {
        throw new TypeError('Failed to fetch')
      },
      'POST /api/comments': () => apiError(400, 'validation_failed', 'email is not a mailbox', 'email'),
    })
    const client = createApi(API, 'demo', '')
    await expect(client.list({ thread: '/post' })).rejects.toMatchObject({ status: 0, code: 'network' })
    const refused = client.call('/api/comments', { method: 'POST', body: {} })
    await expect(refused).rejects.toBeInstanceOf(ApiError)
    await expect(refused).rejects.toMatchObject({ status: 400, code: 'validation_failed', field: 'email' })
  })
})
