// "Manage my email": a toggle beside "Follow this discussion"; its form (the follow form with the words of a small chunk
// of its own) asks POST /api/me/link for the link to the reader's own page, and says the same whatever the answer is.
import { afterEach, describe, expect, it } from 'vitest'
import { challenge, list, stubApi } from '../api-stub'
import { button, click, mount, reset, submit, type, until } from '../page'

afterEach(reset)

describe('Manage my email', () => {
  it('asks for the link with the address and the code, and says it is on its way if the address is known', async () => {
    const api = stubApi({
      'GET /api/comments': () => ({ body: list([]) }),
      'GET /api/challenge': () => ({ body: challenge() }),
      'POST /api/me/link': () => ({ status: 202, body: { link: 'requested' } }),
    })
    const w = mount()
    const toggle = await until(() => button(w.root, 'Manage my email'))
    click(toggle)
    const form = await until(() => w.$('.follow form[aria-label="Manage my email"]'))
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(form.querySelector('label')?.textContent).toContain('Your email address')
    await until(() => expect(w.root?.activeElement?.getAttribute('name')).toBe('email'))
    await until(() => form.querySelector('img'))
    type(form.querySelector('[name=email]'), 'eva@example.nl')
    type(form.querySelector('[name=challengeAnswer]'), 'k7pq2')
    submit(form)
    const status = () => form.querySelector('[role=status]')?.textContent
    await until(() => expect(status()).toBe('If this address is known here, a link to your page is on its way.'))
    // The follow form's body: the server reads site, email and the gate, and ignores the thread's fields.
    expect(api.of('POST', '/api/me/link')[0]?.body).toMatchObject({
      site: 'demo',
      email: 'eva@example.nl',
      challengeToken: 'tok-1',
      challengeAnswer: 'k7pq2',
    })
    expect(api.of('POST', '/api/follow')).toHaveLength(0)
  })
})
