// Sending a form and its failures: a refused field named and focused, every code in the reader's language (or the
// server's words for a code the widget does not know yet), a lost connection said as such.
import { afterEach, describe, expect, it } from 'vitest'
import { apiError } from '../api-stub'
import { ready } from '../form-bench'
import { reset, submit, until } from '../page'

afterEach(reset)

describe('useForm', () => {
  const failing = (reply: ReturnType<typeof apiError>) => () => reply

  it('shows a field error for validation_failed in English and focuses the field', async () => {
    const { api, w, field, fill, status } = await ready(
      'en',
      failing(apiError(400, 'validation_failed', 'email is not a mailbox', 'email')),
    )
    await fill({ email: 'bram@' })
    submit(w.$('form'))
    await until(() => expect(status()).toBe('Please enter a valid email address.'))
    const email = field('email')
    expect(email?.getAttribute('aria-invalid')).toBe('true')
    const described = email?.getAttribute('aria-describedby')?.split(' ') ?? []
    expect(described.map((id) => w.root?.getElementById(id)?.textContent)).toContain(
      'Please enter a valid email address.',
    )
    await until(() => expect(w.root?.activeElement).toBe(email))
    // What was typed stays; only the spent code is replaced.
    expect(field('body')?.value).toBe('Mooie route!')
    await until(() => api.of('GET', '/api/challenge').length === 2)
  })

  it('shows the same error in Dutch', async () => {
    const { w, field, fill, status } = await ready(
      'nl',
      failing(apiError(400, 'validation_failed', 'email is not a mailbox', 'email')),
    )
    await fill({ email: 'bram@' })
    submit(w.$('form'))
    await until(() => expect(status()).toBe('Vul een geldig e-mailadres in.'))
    expect(field('email')?.getAttribute('aria-invalid')).toBe('true')
  })

  it.each([
    ['en', 'Too many attempts. Please try again in 4 minutes.'],
    ['nl', 'Te veel pogingen. Probeer het opnieuw over 4 minuten.'],
  ])('tells the reader how long to wait after rate_limited, from Retry-After (%s)', async (lang, message) => {
    const slowDown = { ...apiError(429, 'rate_limited', 'Slow down.'), headers: { 'Retry-After': '200' } }
    const { w, fill, status } = await ready(lang, failing(slowDown))
    await fill()
    submit(w.$('form'))
    await until(() => expect(status()).toBe(message))
    await until(() => expect(w.root?.activeElement?.getAttribute('role')).toBe('status'))
  })

  it('tells the reader to try again later when the server gives no Retry-After', async () => {
    const { w, fill, status } = await ready('en', failing(apiError(429, 'rate_limited', 'Slow down.')))
    await fill()
    submit(w.$('form'))
    await until(() => expect(status()).toBe('Too many attempts. Please try again later.'))
  })

  it('falls back to the server message for a code it does not know', async () => {
    const { w, fill, status } = await ready('en', () => ({
      status: 418,
      body: { error: { code: 'teapot', message: 'I am a teapot.' } },
    }))
    await fill()
    submit(w.$('form'))
    await until(() => expect(status()).toBe('I am a teapot.'))
  })

  it('reports a network failure as such', async () => {
    const { w, fill, status } = await ready('en', () => {
      throw new TypeError('Failed to fetch')
    })
    await fill()
    submit(w.$('form'))
    await until(() => expect(status()).toBe('No connection to the comment server. Please try again.'))
  })
})
