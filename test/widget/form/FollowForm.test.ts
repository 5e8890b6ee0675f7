// Following the discussion without commenting: email and code, then POST /api/follow; the answer said in the form.
import { afterEach, describe, expect, it } from 'vitest'
import type { FollowRequest } from '../../../worker/api-types'
import { apiError, challenge, list, stubApi } from '../api-stub'
import { button, click, mount, reset, submit, type, until } from '../page'

afterEach(reset)

async function openFollow(follow: () => ReturnType<typeof apiError>) {
  const api = stubApi({
    'GET /api/comments': () => ({ body: list([]) }),
    'GET /api/challenge': () => ({ body: challenge() }),
    'POST /api/follow': follow,
  })
  const w = mount()
  const toggle = await until(() => button(w.$('.follow'), 'Follow this discussion'))
  expect(toggle.getAttribute('aria-expanded')).toBe('false')
  click(toggle)
  const form = await until(() => w.$('.follow form'))
  expect(toggle.getAttribute('aria-expanded')).toBe('true')
  // The focus is on its email field, whose first focus fetched a code.
  await until(() => expect(w.root?.activeElement?.getAttribute('name')).toBe('email'))
  await until(() => form.querySelector('img'))
  return { api, w, form, status: () => form.querySelector('[role=status]')?.textContent }
}

describe('FollowForm', () => {
  it('follows the discussion without commenting', async () => {
    const { api, form, status } = await openFollow(() => ({ status: 202, body: { follow: 'requested' } }))
    type(form.querySelector('[name=email]'), 'eva@example.nl')
    type(form.querySelector('[name=challengeAnswer]'), 'k7pq2')
    submit(form)
    await until(() => expect(status()).toBe('Check your mailbox to confirm.'))
    expect(api.of('POST', '/api/follow')[0]?.body).toEqual({
      site: 'demo',
      thread: '/post',
      threadTitle: '',
      threadUrl: 'http://localhost:3000/post',
      email: 'eva@example.nl',
      challengeToken: 'tok-1',
      challengeAnswer: 'k7pq2',
    } satisfies FollowRequest)
  })

  it('asks for the address before sending, and names a refused one', async () => {
    const { api, w, form, status } = await openFollow(() =>
      apiError(400, 'validation_failed', 'email is not a mailbox', 'email'),
    )
    type(form.querySelector('[name=challengeAnswer]'), 'k7pq2')
    submit(form)
    await until(() => expect(status()).toBe('Enter your email address to be notified.'))
    expect(api.of('POST', '/api/follow')).toHaveLength(0)
    type(form.querySelector('[name=email]'), 'eva@')
    submit(form)
    await until(() => expect(status()).toBe('Please enter a valid email address.'))
    expect(form.querySelector('[name=email]')?.getAttribute('aria-invalid')).toBe('true')
    expect(w.root?.activeElement).toBe(form.querySelector('[name=email]'))
  })
})
