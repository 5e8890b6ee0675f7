// A site's settings: the choices the domain has (worker/domain.ts), and a refused field named in the owner's language.
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { LANGUAGES, MODERATIONS, SITE_GATES, WEBHOOK_FORMATS, type Site } from '../../../worker/domain'
import { SiteForm } from '../../../widget/admin/components/SiteForm'
import { AdminCtx, type AdminContext } from '../../../widget/admin/context'
import { adminApi } from '../../../widget/admin/admin-api'
import { adminStrings } from '../../../widget/admin/i18n'
import { click, submit, type, until } from '../page'
import { hookedSite as SITE, resetAdmin, stubAdmin } from './admin-stub'

afterEach(resetAdmin)

function renderNewSite(lang: 'en' | 'nl', announced: string[], site: Site | null = null) {
  const ctx: AdminContext = {
    t: adminStrings(lang),
    lang,
    api: adminApi,
    owner: true,
    announce: (text) => announced.push(text),
    fail: () => undefined,
  }
  render(
    <AdminCtx.Provider value={ctx}>
      <SiteForm site={site} onSaved={() => undefined} />
    </AdminCtx.Provider>,
    document.body,
  )
  return document.querySelector('form')
}

const options = (name: string) =>
  [...document.querySelectorAll<HTMLOptionElement>(`select[name=${name}] option`)].map((o) => o.value)

describe('SiteForm', () => {
  it('offers every moderation mode and language there is, in the order the domain lists them', () => {
    renderNewSite('en', [])
    expect(options('moderation')).toEqual([...MODERATIONS])
    expect(options('language')).toEqual([...LANGUAGES])
    expect(options('gate')).toEqual([...SITE_GATES])
  })

  it('sends the gate and the spam threshold the owner chose, starting from the defaults', async () => {
    let sent: unknown
    stubAdmin({
      'POST /api/admin/sites': (body) => {
        sent = body
        return { status: 201, body: { site: body } }
      },
    })
    const form = renderNewSite('en', [])
    const threshold = document.querySelector<HTMLInputElement>('[name=spamThreshold]')
    expect(threshold?.value).toBe('3')
    expect(document.querySelector<HTMLSelectElement>('[name=gate]')?.value).toBe('code')
    type(document.querySelector('[name=id]'), 'blog')
    type(document.querySelector('[name=name]'), 'My blog')
    type(threshold, '5')
    submit(form)
    await until(() => sent)
    expect(sent).toMatchObject({ gate: 'code', spamThreshold: 5 })
  })

  it('names a refused field next to it, in Dutch for a Dutch owner', async () => {
    stubAdmin({
      'POST /api/admin/sites': () => ({
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Each allowed origin must look like …',
            field: 'allowedOrigins',
          },
        },
      }),
    })
    const form = renderNewSite('nl', [])
    type(document.querySelector('[name=id]'), 'blog')
    type(document.querySelector('[name=name]'), 'Mijn blog')
    type(document.querySelector('[name=origins]'), 'blog.example.com/pad')
    submit(form)
    const origins = document.querySelector('[name=origins]')
    await until(() => origins?.getAttribute('aria-invalid') === 'true')
    expect(document.getElementById(`${origins?.id}e`)?.textContent).toBe(
      'Noem origins zoals https://blog.example.com: schema, host en poort, geen pad.',
    )
  })

  it('names a refused gate next to its choice: Turnstile without its keys on the Worker', async () => {
    stubAdmin({
      'POST /api/admin/sites': () => ({
        status: 400,
        body: { error: { code: 'validation_failed', message: 'Turnstile needs …', field: 'gate' } },
      }),
    })
    const form = renderNewSite('en', [])
    type(document.querySelector('[name=id]'), 'blog')
    type(document.querySelector('[name=name]'), 'My blog')
    submit(form)
    const gate = document.querySelector('[name=gate]')
    await until(() => gate?.getAttribute('aria-invalid') === 'true')
    expect(document.getElementById(gate!.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Turnstile needs TURNSTILE_SITE_KEY and the TURNSTILE_SECRET_KEY secret on the Worker (see the README).',
    )
  })

  it("sends the webhook's URL and format, and offers every format there is", async () => {
    let sent: unknown
    stubAdmin({
      'POST /api/admin/sites': (body) => {
        sent = body
        return { status: 201, body: { site: body } }
      },
    })
    const form = renderNewSite('en', [])
    expect(options('webhookFormat')).toEqual([...WEBHOOK_FORMATS])
    type(document.querySelector('[name=id]'), 'blog')
    type(document.querySelector('[name=name]'), 'My blog')
    type(document.querySelector('[name=webhookUrl]'), 'https://hooks.slack.com/services/T/B/x')
    const format = document.querySelector<HTMLSelectElement>('[name=webhookFormat]')!
    format.value = 'slack'
    submit(form)
    await until(() => sent)
    expect(sent).toMatchObject({ webhookUrl: 'https://hooks.slack.com/services/T/B/x', webhookFormat: 'slack' })
  })

  it("shows the server's secret, and has it make a new one on request, said in the live region", async () => {
    let asked: unknown
    stubAdmin({
      'PATCH /api/admin/sites/blog': (body) => {
        asked = body
        return { status: 200, body: { site: { ...SITE, webhookSecret: 'whsec_new' } } }
      },
    })
    const announced: string[] = []
    renderNewSite('nl', announced, SITE)
    const secret = document.querySelector<HTMLInputElement>('#s-blog-secret')!
    expect(secret.value).toBe('whsec_old')
    expect(document.querySelector('label[for=s-blog-secret]')?.textContent).toBe('Geheim voor de handtekening')
    click([...document.querySelectorAll('button')].find((b) => b.textContent === 'Nieuw geheim')!)
    await until(() => secret.value === 'whsec_new')
    expect(asked).toEqual({ newWebhookSecret: true })
    expect(announced).toEqual(['Er is een nieuw geheim in gebruik: geef het aan je ontvanger.'])
  })
})
