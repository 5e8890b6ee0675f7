// A site's settings: the choices the domain has (worker/domain.ts), and a refused field named in the owner's language.
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { LANGUAGES, MODERATIONS, SITE_GATES } from '../../../worker/domain'
import { SiteForm } from '../../../widget/admin/components/SiteForm'
import { AdminCtx, type AdminContext } from '../../../widget/admin/context'
import { adminApi } from '../../../widget/admin/admin-api'
import { adminStrings } from '../../../widget/admin/i18n'
import { submit, type, until } from '../page'
import { resetAdmin, stubAdmin } from './admin-stub'

afterEach(resetAdmin)

function renderNewSite(lang: 'en' | 'nl', announced: string[]) {
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
      <SiteForm site={null} onSaved={() => undefined} />
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
})
