// The embed contract: configuration from data-* attributes, the shadow root, count links, theme, and follow.
import { afterEach, describe, expect, it } from 'vitest'
import type { FollowRequest } from '../../worker/api-types'
import { readConfig } from '../../widget/config'
import { API, challenge, click, list, mount, reset, stubApi, submit, type, until } from './helpers'

afterEach(reset)

describe('embedding', () => {
  it('mounts in a shadow root with its styles inside, none in the page head', async () => {
    stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    const w = mount({ attrs: { 'data-theme': 'dark' } })
    await until(() => w.$('h2'))
    expect(w.root?.querySelector('style')?.textContent).toContain('--parley-accent')
    expect(document.head.querySelector('style')).toBeNull()
    expect(w.host?.getAttribute('data-parley-theme')).toBe('dark')
  })

  it('reads its configuration from the script tag, with the page as fallback', () => {
    document.documentElement.lang = 'nl-BE'
    document.head.innerHTML =
      '<title>Zuurdesem</title><link rel="canonical" href="https://blog.example/bakken/zuurdesem?x=1">'
    const script = document.createElement('script')
    script.src = `${API}/parley.js`
    script.dataset.site = 'demo'
    expect(readConfig(script)).toEqual({
      where: {
        site: 'demo',
        thread: '/bakken/zuurdesem',
        threadTitle: 'Zuurdesem',
        threadUrl: 'https://blog.example/bakken/zuurdesem?x=1',
      },
      target: 'parley',
      lang: 'nl',
      theme: 'auto',
      api: API,
      forms: `${API}/parley-form.js`,
    })
    Object.assign(script.dataset, { thread: '/t', title: 'T', lang: 'en', theme: 'light', target: 'comments' })
    expect(readConfig(script)).toMatchObject({
      where: { thread: '/t', threadTitle: 'T' },
      lang: 'en',
      theme: 'light',
      target: 'comments',
    })
    delete script.dataset.site
    expect(readConfig(script)).toBeNull()
  })

  it('fills every count link from one request, even without a thread on the page', async () => {
    const api = stubApi({ 'GET /api/counts': () => ({ body: { counts: { '/': 3, '/fietsroute.html': 1 } } }) })
    const page = `
      <a href="/" data-parley-count="/">…</a>
      <a href="/fietsroute.html" data-parley-count="/fietsroute.html">…</a>
      <a href="/zuurdesem.html" data-parley-count="/zuurdesem.html">…</a>
      <a href="/" data-parley-count="/">…</a>`
    mount({ lang: 'nl', body: page })
    const links = [...document.querySelectorAll('a[data-parley-count]')]
    await until(() =>
      expect(links.map((a) => a.textContent)).toEqual(['3 reacties', '1 reactie', '0 reacties', '3 reacties']),
    )
    expect(api.calls.map((c) => c.path)).toEqual(['/api/counts'])
    expect(api.calls[0]?.query.getAll('thread')).toEqual(['/', '/fietsroute.html', '/zuurdesem.html'])
    expect(api.calls[0]?.query.get('site')).toBe('demo')
  })

  it('follows the discussion without commenting', async () => {
    const api = stubApi({
      'GET /api/comments': () => ({ body: list([]) }),
      'GET /api/challenge': () => ({ body: challenge() }),
      'POST /api/follow': () => ({ status: 202, body: { follow: 'confirmation_sent' } }),
    })
    const w = mount()
    const toggle = await until(() => w.$$('button').find((b) => b.textContent === 'Follow this discussion'))
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    click(toggle)
    const form = await until(() => w.$('.follow form'))
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    await until(() => form.querySelector('img'))
    type(form.querySelector('[name=email]'), 'eva@example.nl')
    type(form.querySelector('[name=challengeAnswer]'), 'k7pq2')
    submit(form)
    await until(() => expect(form.querySelector('[role=status]')?.textContent).toBe('Check your mailbox to confirm.'))
    expect(api.of('POST', '/api/follow')[0]?.body).toEqual({
      site: 'demo',
      thread: '/post',
      threadTitle: '',
      threadUrl: 'http://localhost:3000/post',
      email: 'eva@example.nl',
      challengeToken: 'tok-1',
      challengeAnswer: 'k7pq2',
    } satisfies FollowRequest)
  })
})
