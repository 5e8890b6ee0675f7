// The admin page in happy-dom against a stubbed /api/admin: signing in, a lost session, errors in the owner's language.
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { AdminApp } from '../../../widget/admin/components/AdminApp'
import { button, click, submit, type, until } from '../page'
import { browserLanguage, held, noSites, page, resetAdmin, said, signedIn, stubAdmin, unauthorized } from './admin-stub'

afterEach(resetAdmin)

describe('AdminApp', () => {
  it('asks to sign in, says a wrong password next to the field, and opens the held comments once signed in', async () => {
    stubAdmin({
      'GET /api/admin/session': () => unauthorized,
      'POST /api/admin/login': (b) =>
        (b as { password: string }).password === 'right' ? signedIn() : { status: 401, body: unauthorized.body },
      'GET /api/admin/comments': page([held]),
      'GET /api/admin/sites': noSites,
    })
    render(<AdminApp />, document.body)
    const password = await until(() => document.querySelector<HTMLInputElement>('#lp'))
    type(document.querySelector('#lu'), 'owner')
    type(password, 'wrong')
    submit(document.querySelector('form'))
    await until(() => password.getAttribute('aria-invalid') === 'true')
    expect(document.querySelector('#lpe')?.textContent).toBe('The user name or password is not right.')
    type(password, 'right')
    submit(document.querySelector('form'))
    await until(() => document.querySelector('#cn5'))
    expect(said()).toBe('Signed in as owner')
    expect(document.querySelector('a[aria-current=page]')?.textContent).toBe('Comments')
  })

  it('goes back to the sign-in form when the session has ended', async () => {
    stubAdmin({
      'GET /api/admin/session': signedIn,
      'GET /api/admin/comments': page([held]),
      'GET /api/admin/sites': noSites,
      'POST /api/admin/comments/5/spam': () => unauthorized,
    })
    render(<AdminApp />, document.body)
    click(await until(() => button(document.body, 'Spam')))
    await until(() => document.querySelector('#lp'))
    expect(said()).toBe('Your session has ended. Please sign in again.')
  })

  it.each([
    ['Dutch', 'nl-NL', 'nl', 'Goedkeuren', 'Intussen gewijzigd. Laad de pagina opnieuw.'],
    ['German', 'de-AT', 'de', 'Freigeben', 'Inzwischen geändert. Bitte Seite neu laden.'],
    ['French', 'fr-CA', 'fr', 'Approuver', 'Modifié entre-temps. Rechargez la page.'],
  ])(
    'says every error in %s to such an owner (%s), never the server’s English',
    async (_, browser, lang, approve, conflict) => {
      browserLanguage(browser)
      stubAdmin({
        'GET /api/admin/session': signedIn,
        'GET /api/admin/comments': page([held]),
        'GET /api/admin/sites': noSites,
        'POST /api/admin/comments/5/approve': () => ({
          status: 409,
          body: { error: { code: 'conflict', message: 'This comment cannot be approved now.' } },
        }),
      })
      render(<AdminApp />, document.body)
      click(await until(() => button(document.body, approve)))
      await until(() => said() === conflict)
      expect(document.documentElement.lang).toBe(lang)
    },
  )
})
