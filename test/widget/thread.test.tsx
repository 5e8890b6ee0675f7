// What a reader sees of a thread: nesting, flat deep replies, orphans, empty state, count, load more, permalinks.
import { afterEach, describe, expect, it } from 'vitest'
import { click, comment, list, mount, reset, stubApi, until } from './helpers'

afterEach(reset)

const names = (els: Element[]) => els.map((el) => el.querySelector('.who')?.textContent)

describe('thread', () => {
  it('nests replies to depth 3 and shows deeper ones flat with "in reply to"', async () => {
    stubApi({
      'GET /api/comments': () => ({
        body: list([
          comment(1, null, 'Anna'),
          comment(2, 1, 'Bram'),
          comment(3, 2, 'Cas'),
          comment(4, 3, 'Daan'),
          comment(5, 4, 'Eva'),
          comment(6, null, 'Fien'),
        ]),
      }),
    })
    const w = mount()
    await until(() => w.$('#parley-c5'))

    const top = w.$$('section > ol > li')
    expect(top.map((li) => li.querySelector('.who')?.textContent)).toEqual(['Anna', 'Fien'])
    // Bram is inside Anna's item, Cas inside Bram's: two levels of nesting.
    expect(w.$('#parley-c1')?.parentElement?.querySelector(':scope > ol #parley-c2')).not.toBeNull()
    expect(w.$('#parley-c2')?.parentElement?.querySelector(':scope > ol #parley-c3')).not.toBeNull()
    // Daan (depth 4) and Eva (depth 5) sit side by side under Cas, not nested further.
    const flat = w.$('#parley-c3')?.parentElement?.querySelector(':scope > ol')
    expect(names([...(flat?.querySelectorAll(':scope > li > article') ?? [])])).toEqual(['Daan', 'Eva'])
    expect(w.$('#parley-c4')?.textContent).toContain('in reply to Cas')
    expect(w.$('#parley-c5')?.textContent).toContain('in reply to Daan')
    expect(w.$('#parley-c3')?.textContent).not.toContain('in reply to')
    expect(w.$('h2')?.textContent).toBe('6 comments')
  })

  it('shows a reply whose parent is not in the list at top level', async () => {
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(7, 3, 'Gijs'), comment(8, 7, 'Hanna')]) }) })
    const w = mount()
    await until(() => w.$('#parley-c8'))
    expect(names(w.$$('section > ol > li > article'))).toEqual(['Gijs'])
    expect(w.$('#parley-c7')?.parentElement?.querySelector('#parley-c8')).not.toBeNull()
  })

  it('renders each comment with its name, website link, avatar, time and html', async () => {
    const c = comment(1, null, 'Anna de Vries', {
      website: 'https://anna.example',
      html: '<p>Mooi <strong>stuk</strong></p>',
      createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
    })
    stubApi({ 'GET /api/comments': () => ({ body: list([c]) }) })
    const w = mount()
    const article = await until(() => w.$('#parley-c1'))
    const link = article.querySelector('a.who')
    expect(link?.getAttribute('href')).toBe('https://anna.example')
    expect(link?.getAttribute('rel')).toBe('nofollow ugc noopener')
    expect(article.querySelector('.av')?.textContent).toBe('AV')
    expect(article.querySelector('.body')?.innerHTML).toBe('<p>Mooi <strong>stuk</strong></p>')
    const time = article.querySelector('time')
    expect(time?.getAttribute('datetime')).toBe(c.createdAt)
    expect(time?.textContent).toBe('5 minutes ago')
    expect(time?.getAttribute('title')).toMatch(/\d{4}/)
    expect(article.querySelector(`a[href="#parley-c1"]`)).not.toBeNull()
  })

  it('says "No comments yet" for an empty thread, in English and in Dutch', async () => {
    stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    const en = mount()
    await until(() => expect(en.text()).toContain('No comments yet'))
    reset()
    stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    const nl = mount({ lang: 'nl-NL' })
    await until(() => expect(nl.text()).toContain('Nog geen reacties'))
    expect(nl.$('h2')?.textContent).toBe('Reacties')
  })

  it('asks for the thread of the page on the API origin of the script', async () => {
    const api = stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    mount()
    await until(() => api.calls.length === 1)
    expect(api.calls[0]?.path).toBe('/api/comments')
    expect(Object.fromEntries(api.calls[0]?.query ?? [])).toEqual({ site: 'demo', thread: '/post' })
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
