// renderMarkdown (worker/markdown.ts): the Markdown subset comments may use, and nothing a page could run.
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../worker/markdown'

const ALLOWED_TAGS = ['p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a']

describe('renderMarkdown', () => {
  it('renders the supported subset', () => {
    expect(
      renderMarkdown(
        'Hello *you* and **me**, `code`\nnext line\n\n> quoted\n\n- one\n- two\n\n1. first\n\n```\nblock <b>\n```',
      ),
    ).toBe(
      '<p>Hello <em>you</em> and <strong>me</strong>, <code>code</code><br>\nnext line</p>\n<blockquote>\n<p>quoted</p>\n</blockquote>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n<ol>\n<li>first</li>\n</ol>\n<pre><code>block &lt;b&gt;\n</code></pre>',
    )
  })

  it('gives links rel="nofollow ugc noopener"', () => {
    expect(renderMarkdown('[site](https://example.com/a?b=1&c=2) and mail <mailto:a@b.nl>')).toBe(
      '<p><a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener" target="_blank">site</a> and mail <a href="mailto:a@b.nl" rel="nofollow ugc noopener" target="_blank">mailto:a@b.nl</a></p>',
    )
  })

  it('links bare URLs', () => {
    expect(renderMarkdown('see https://example.com')).toBe(
      '<p>see <a href="https://example.com" rel="nofollow ugc noopener" target="_blank">https://example.com</a></p>',
    )
  })

  const hostile: [string, string][] = [
    ['a script tag', '<script>alert(1)</script>'],
    ['an event handler attribute', '<img src=x onerror=alert(1)>'],
    ['a javascript: link', '[click](javascript:alert(1))'],
    ['a javascript: link hidden by entities', '[click](jav&#x61;script:alert(1))'],
    ['a javascript: link hidden by case and whitespace', '[click]( JaVaScRiPt:alert(1))'],
    ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['a vbscript: link', '[click](vbscript:msgbox(1))'],
    ['an image', '![x](https://evil.example/x.png)'],
    ['an autolink with javascript:', '<javascript:alert(1)>'],
    ['an iframe', '<iframe src="https://evil.example"></iframe>'],
    ['entity-encoded tags', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['a link title with quotes', '[x](https://a.nl "a\\" onmouseover=\\"alert(1)")'],
  ]
  it.each(hostile)('keeps %s inert', (_label, input) => {
    const html = renderMarkdown(input)
    // Every tag is one of the subset's, and the only attributes are a link's own, with quoted values.
    for (const [tag, name, attrs] of html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/gi)) {
      expect(ALLOWED_TAGS, tag).toContain(name)
      expect(attrs!.replace(/ (href|title|rel|target)="[^"<>]*"/g, '').trim(), tag).toBe('')
      if (name === 'a' && attrs!.includes('href')) expect(attrs).toMatch(/href="(https?:|mailto:)/)
    }
  })

  it('escapes raw HTML as text', () => {
    expect(renderMarkdown('<b>bold</b>')).toBe('<p>&lt;b&gt;bold&lt;/b&gt;</p>')
  })
})
