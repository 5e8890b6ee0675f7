// One comment as a reader sees it: name (linked to the website), avatar, time, the server's HTML.
import { afterEach, describe, expect, it } from 'vitest'
import { comment, list, stubApi } from '../api-stub'
import { mount, reset, until } from '../page'

afterEach(reset)

describe('Comment', () => {
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
})
