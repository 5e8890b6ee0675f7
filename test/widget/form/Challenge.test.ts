// The challenge code of a form: a new one after every failed post (the old may be spent), and on request.
import { afterEach, describe, expect, it } from 'vitest'
import { apiError } from '../api-stub'
import { ready } from '../form-bench'
import { click, reset, submit, until } from '../page'

afterEach(reset)

describe('Challenge', () => {
  const failing = (reply: ReturnType<typeof apiError>) => () => reply

  it.each([
    ['en', 'Wrong code. Please type the new one.'],
    ['nl', 'Verkeerde code. Typ de nieuwe over.'],
  ])('fetches a new code after challenge_failed (%s) and keeps the rest', async (lang, message) => {
    const { api, w, field, fill, img, status } = await ready(
      lang,
      failing(apiError(403, 'challenge_failed', 'Wrong code.')),
    )
    await fill()
    const first = img()
    submit(w.$('form'))
    await until(() => expect(status()).toBe(message))
    await until(() => expect(img()).not.toBe(first))
    expect(api.of('GET', '/api/challenge')).toHaveLength(2)
    expect(field('challengeAnswer')?.value).toBe('')
    expect(field('challengeAnswer')?.getAttribute('aria-invalid')).toBe('true')
    expect(field('name')?.value).toBe('Bram')
    expect(field('body')?.value).toBe('Mooie route!')
  })

  it('gets a new image from "Can\'t read it? Get a new code"', async () => {
    const { api, form, fill, img, status } = await ready()
    await fill()
    const first = img()
    const button = [...form.querySelectorAll('button')].find((b) => b.textContent === "Can't read it? Get a new code")
    expect(button?.getAttribute('type')).toBe('button')
    click(button ?? null)
    await until(() => expect(img()).not.toBe(first))
    expect(api.of('GET', '/api/challenge')).toHaveLength(2)
    expect(status()).toBe('New code shown.')
  })
})
