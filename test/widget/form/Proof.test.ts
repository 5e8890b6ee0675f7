// The code's alternative in the form (issue 12): a reader who cannot see the image lets the browser solve a puzzle,
// hears what is happening, and sends the same two fields a typed code would.
import { afterEach, describe, expect, it } from 'vitest'
import type { PostCommentRequest } from '../../../worker/api-types'
import { anyChallenge, type Call, PROOF_ANSWER } from '../api-stub'
import { ready } from '../form-bench'
import { button, click, reset, submit, type, until } from '../page'

afterEach(reset)

async function chooseProof(lang = 'en', challenges?: Parameters<typeof ready>[2]) {
  const bench = await ready(lang, undefined, challenges)
  await until(() => bench.img())
  const offer =
    lang === 'nl'
      ? 'Niet te zien? Laat je browser een puzzel oplossen'
      : "Can't see it? Let your browser solve a puzzle instead"
  click(button(bench.form, offer))
  return bench
}

describe('the puzzle instead of the code', () => {
  it('says it is working, then how long it took, and posts the answer the browser found', async () => {
    const { api, form, field, w, status } = await chooseProof()
    expect(status()).toBe('Your browser is solving a puzzle: a second or two.')
    await until(() => expect(status()).toMatch(/^Puzzle solved in \d+\.\d s\. You can send now\.$/))
    expect(form.querySelector('img')).toBeNull()
    expect(api.of('GET', '/api/challenge').at(-1)?.query.get('kind')).toBe('proof')
    for (const [name, value] of Object.entries({ name: 'Bram', body: 'Mooie route!' })) type(field(name), value)
    submit(w.$('form'))
    await until(() => w.$('#parley-c50'))
    const sent = api.of('POST', '/api/comments')[0]?.body as PostCommentRequest
    expect(sent.challengeAnswer).toBe(String(PROOF_ANSWER))
    expect(sent.challengeToken).toMatch(/^proof-/)
  })

  it('will not send before the puzzle is solved, and says why in Dutch too', async () => {
    // A puzzle with no answer in its range: never solved, as if the reader sent the form at once.
    const unsolvable = (call: Call) => {
      const { body } = anyChallenge(call)
      return { body: 'proof' in body ? { ...body, proof: { ...body.proof, maxNumber: PROOF_ANSWER - 1 } } : body }
    }
    const { w, field, status } = await chooseProof('nl', unsolvable)
    await until(() => expect(status()).toBe('Er ging iets mis. Probeer het later opnieuw.'))
    for (const [name, value] of Object.entries({ name: 'Bram', body: 'Mooie route!' })) type(field(name), value)
    submit(w.$('form'))
    await until(() => expect(status()).toBe('Wacht tot de puzzel is opgelost.'))
    expect(w.root?.activeElement?.getAttribute('role')).toBe('status')
  })

  it('goes back to the image code on request', async () => {
    const { form, img } = await chooseProof()
    click(button(form, 'Use the image code'))
    await until(() => img())
    expect(form.querySelector('[name=challengeAnswer]')?.getAttribute('type')).not.toBe('hidden')
  })
})
