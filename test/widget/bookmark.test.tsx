// Read-your-writes: the widget carries the D1 bookmark of its last answer into its next requests.
import { afterEach, describe, expect, it } from 'vitest'
import type { PostCommentRequest } from '../../worker/api-types'
import { created, ready } from './form-bench'
import { reset, submit, until } from './helpers'

afterEach(reset)

const BOOKMARK = '00000abc-00000002-00004f2a-8d7e1c2b3a4f5e6d7c8b9a0f1e2d3c4b'

describe('database bookmark', () => {
  it('sends nothing on a first visit, then returns the bookmark of the post on the next requests', async () => {
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
})
