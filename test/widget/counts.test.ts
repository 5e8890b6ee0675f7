// Comment counts on a listing page: every <a data-parley-count> filled from one request, in the page's language.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubApi } from './api-stub'
import { mount, reset, until } from './page'

afterEach(reset)

const PAGE = `
  <a href="/" data-parley-count="/">…</a>
  <a href="/fietsroute.html" data-parley-count="/fietsroute.html">…</a>
  <a href="/zuurdesem.html" data-parley-count="/zuurdesem.html">…</a>
  <a href="/" data-parley-count="/">…</a>`

describe('fillCounts', () => {
  it('fills every count link from one request, even without a thread on the page', async () => {
    const api = stubApi({ 'GET /api/counts': () => ({ body: { counts: { '/': 3, '/fietsroute.html': 1 } } }) })
    mount({ lang: 'nl', body: PAGE })
    const links = [...document.querySelectorAll('a[data-parley-count]')]
    await until(() =>
      expect(links.map((a) => a.textContent)).toEqual(['3 reacties', '1 reactie', '0 reacties', '3 reacties']),
    )
    expect(api.calls.map((c) => c.path)).toEqual(['/api/counts'])
    expect(api.calls[0]?.query.getAll('thread')).toEqual(['/', '/fietsroute.html', '/zuurdesem.html'])
    expect(api.calls[0]?.query.get('site')).toBe('demo')
  })

  it('leaves the page’s own text in the links when the counts cannot be had', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    stubApi({
      'GET /api/counts': () => {
        throw new TypeError('Failed to fetch')
      },
    })
    mount({ body: PAGE })
    await until(() => expect(warn).toHaveBeenCalledWith('[parley] could not load comment counts', expect.anything()))
    expect([...document.querySelectorAll('a[data-parley-count]')].map((a) => a.textContent)).toEqual([
      '…',
      '…',
      '…',
      '…',
    ])
  })
})
