// The embed's configuration: the <script> tag's data-* attributes, with the page as fallback.
import { afterEach, describe, expect, it } from 'vitest'
import { readConfig } from '../../widget/config'
import { API } from './api-stub'
import { reset } from './page'

afterEach(reset)

const tag = () => {
  const script = document.createElement('script')
  script.src = `${API}/parley.js`
  script.dataset.site = 'demo'
  return script
}

describe('readConfig', () => {
  it('takes the thread from the canonical link, the title and language from the page, the API from the script', () => {
    document.documentElement.lang = 'nl-BE'
    document.head.innerHTML =
      '<title>Zuurdesem</title><link rel="canonical" href="https://blog.example/bakken/zuurdesem?x=1">'
    expect(readConfig(tag())).toEqual({
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
    })
  })

  it('lets the data-* attributes override the page', () => {
    const script = tag()
    Object.assign(script.dataset, { thread: '/t', title: 'T', lang: 'en', theme: 'light', target: 'comments' })
    document.documentElement.lang = 'nl'
    expect(readConfig(script)).toMatchObject({
      where: { thread: '/t', threadTitle: 'T' },
      lang: 'en',
      theme: 'light',
      target: 'comments',
    })
  })

  it('uses the page path without a canonical link, and English for a language it does not speak', () => {
    document.documentElement.lang = 'es'
    history.replaceState(null, '', '/blog/post?page=2#parley')
    expect(readConfig(tag())).toMatchObject({
      where: { thread: '/blog/post', threadUrl: 'http://localhost:3000/blog/post?page=2' },
      lang: 'en',
    })
  })

  it.each([
    ['de-DE', 'de'],
    ['DE', 'de'],
    ['fr-CA', 'fr'],
    ['fr', 'fr'],
    ['nl-BE', 'nl'],
    ['en-GB', 'en'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('reads <html lang="%s"> as %s', (pageLang, lang) => {
    document.documentElement.lang = pageLang
    expect(readConfig(tag())?.lang).toBe(lang)
  })

  it('reads data-lang="fr-CA" as fr over the page’s Dutch', () => {
    document.documentElement.lang = 'nl'
    const script = tag()
    script.dataset.lang = 'fr-CA'
    expect(readConfig(script)?.lang).toBe('fr')
  })

  it('refuses a tag without data-site', () => {
    const script = tag()
    delete script.dataset.site
    expect(readConfig(script)).toBeNull()
  })
})
