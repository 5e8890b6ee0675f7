// Cloudflare Turnstile in the comment form, for a site whose gate includes it: its script loads only then, and its
// token travels with the comment (the check itself is Cloudflare's, stood in for here by a fake `window.turnstile`).
import { afterEach, describe, expect, it } from 'vitest'
import type { PostCommentRequest, TurnstileChallengeResponse } from '../../../worker/api-types'
import { ready } from '../form-bench'
import { reset, settle, submit, until } from '../page'

const SCRIPT = 'script[src^="https://challenges.cloudflare.com/turnstile/v0/api.js"]'
let rounds = 0
const turnstileOnly = (): { body: TurnstileChallengeResponse } => ({
  body: {
    token: `turnstile-${++rounds}`,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
    turnstile: { siteKey: '1x00000000000000000000AA' },
  },
})

afterEach(async () => {
  delete window.turnstile
  document.querySelectorAll(SCRIPT).forEach((script) => script.remove())
  await reset()
})

describe('Turnstile in the comment form', () => {
  it('is not loaded for a site with the code alone', async () => {
    const { img } = await ready()
    await until(() => img())
    expect(document.querySelector(SCRIPT)).toBeNull()
  })

  it("loads Cloudflare's script, explicitly rendered, once a site asks for Turnstile", async () => {
    await ready('en', undefined, turnstileOnly)
    const script = await until(() => document.querySelector<HTMLScriptElement>(SCRIPT))
    expect(script.src).toBe('https://challenges.cloudflare.com/turnstile/v0/api.js?render=explicit')
  })

  it('shows the check instead of a code, waits for it, and sends its token with the comment', async () => {
    const rendered: Record<string, unknown>[] = []
    window.turnstile = { render: (_el, options) => String(rendered.push(options)), remove: () => undefined }
    const posted: PostCommentRequest[] = []
    const post = (req: PostCommentRequest) => (posted.push(req), { status: 201, body: {} })
    const { form, field, status } = await ready('nl', post, turnstileOnly)
    await until(() => rendered[0])
    expect(rendered[0]).toMatchObject({ sitekey: '1x00000000000000000000AA', language: 'nl' })
    expect(form.querySelector('img')).toBeNull()
    field('name')!.value = 'Bram'
    field('body')!.value = 'Mooie route!'
    submit(form)
    await until(() => expect(status()).toBe('Wacht tot de controle hieronder zegt dat je kunt versturen.'))
    ;(rendered[0]!.callback as (token: string) => void)('cf-token')
    await settle()
    submit(form)
    await until(() => posted[0])
    expect(posted[0]).toMatchObject({
      challengeToken: `turnstile-${rounds}`,
      challengeAnswer: '',
      turnstileToken: 'cf-token',
    })
  })
})
