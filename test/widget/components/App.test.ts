// The whole widget: heading and count, the empty thread, the next page, the comment in the address, a load error.
import { afterEach, describe, expect, it } from 'vitest'
import { comment, list, stubApi } from '../api-stub'
import { click, mount, reset, until } from '../page'

afterEach(reset)

describe('App', () => {
  it('says "No comments yet" for an empty thread, in English and in Dutch', async () => {
    stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    const en = mount()
    await until(() => expect(en.text()).toContain('No comments yet'))
    await reset()
    stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    const nl = mount({ lang: 'nl-NL' })
    await until(() => expect(nl.text()).toContain('Nog geen reacties'))
    expect(nl.$('h2')?.textContent).toBe('Reacties')
  })

  it('loads the next page with the cursor when "More comments" is pressed', async () => {
    const api = stubApi({
      'GET /api/comments': (call) =>
        call.query.get('cursor') === 'c2'
          ? { body: list([comment(3, 1, 'Cas')]) }
          : {
              body: {
                ...list([comment(1, null, 'Anna'), comment(2, null, 'Bram')], 'c2'),
                thread: { key: '/post', title: 'A post', url: null, commentCount: 3 },
              },
            },
    })
    const w = mount()
    const more = await until(() => w.$$('button').find((b) => b.textContent === 'More comments'))
    click(more)
    await until(() => w.$('#parley-c3'))
    expect(api.of('GET', '/api/comments').map((c) => c.query.get('cursor'))).toEqual([null, 'c2'])
    expect(w.$$('button').some((b) => b.textContent === 'More comments')).toBe(false)
    // The reply from page two lands under its parent from page one.
    expect(w.$('#parley-c1')?.parentElement?.querySelector('#parley-c3')).not.toBeNull()
  })

  it('scrolls to and highlights the comment named in the address', async () => {
    history.replaceState(null, '', '/post#parley-c2')
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna'), comment(2, null, 'Bram')]) }) })
    const w = mount()
    await until(() => expect(w.$('#parley-c2')?.classList.contains('hl')).toBe(true))
    expect(w.$('#parley-c1')?.classList.contains('hl')).toBe(false)
  })

  it("shows the load error in the reader's language with a retry button", async () => {
    let fail = true
    stubApi({
      'GET /api/comments': () =>
        fail
          ? { status: 500, body: { error: { code: 'internal', message: 'x' } } }
          : { body: list([comment(1, null, 'Anna')]) },
    })
    const w = mount({ lang: 'nl' })
    const retry = await until(() => w.$$('button').find((b) => b.textContent === 'Opnieuw'))
    expect(w.text()).toContain('Er ging iets mis')
    fail = false
    click(retry)
    await until(() => w.$('#parley-c1'))
  })
})
