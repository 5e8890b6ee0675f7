// worker/markdown.ts under hostile input: thousands of delimiters or link-like words cost linear work and come out as
// the text that was typed, never as markup or a 500.
import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../../worker/markdown'

describe('renderMarkdown with hostile input', () => {
  it('shows 5,000 asterisks as typed, in one paragraph', () => {
    expect(renderMarkdown('*'.repeat(5000))).toBe(`<p>${'*'.repeat(5000)}</p>`)
  })

  it('shows a text with more markup characters than any comment has as escaped text, keeping paragraphs and breaks', () => {
    const body = `${'[a](javascript:x) '.repeat(30)}\n<script>\n\n${'_'.repeat(300)}`
    expect(renderMarkdown(body)).toBe(
      `<p>${'[a](javascript:x) '.repeat(30)}<br>\n&lt;script&gt;</p>\n<p>${'_'.repeat(300)}</p>`,
    )
  })

  it('still renders the markup of an ordinary comment', () => {
    const body = `${'Some *emphasis* and a [link](https://example.org). '.repeat(10)}`
    expect(renderMarkdown(body)).toContain('<em>emphasis</em>')
    expect(renderMarkdown(body)).toContain('<a href="https://example.org" rel="nofollow ugc noopener" target="_blank">')
  })

  it('turns no bare address or URL into a link once there are more than any comment needs', () => {
    const few = renderMarkdown('Mail a@example.org or see https://example.org')
    expect(few).toContain('<a href="mailto:a@example.org"')
    const many = renderMarkdown('a@example.org '.repeat(100))
    expect(many).not.toContain('<a ')
    expect(many).toContain('a@example.org')
  })
})
