// Imported HTML into the Markdown subset: what a reader sees after the import is what the old system showed, and the
// hostile corpus comes out inert, whichever importer it goes through.
import { describe, expect, it } from 'vitest'
import corpus from '../corpus/hostile.json'
import { inertHtml } from '../corpus/inert-html'
import { htmlToMarkdown } from '../../scripts/import/html-to-markdown.mjs'
import { renderMarkdown } from '../../worker/markdown'

const shown = (html: string) => renderMarkdown(htmlToMarkdown(html))

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, line breaks, emphasis, code, quotes, lists and links', () => {
    const html =
      '<p>Hi <b>all</b>, <em>really</em> <code>a &lt; b</code></p><p>one<br/>two</p>' +
      '<blockquote><p>quoted</p></blockquote><ol><li>first</li><li>second</li></ol><ul><li>dot</li></ul>' +
      '<pre><code>x = 1\n  y = 2</code></pre><p><a href="https://ann.example/a?b=1&amp;c=2">a link</a></p>'
    expect(shown(html)).toBe(
      [
        '<p>Hi <strong>all</strong>, <em>really</em> <code>a &lt; b</code></p>',
        '<p>one<br>\ntwo</p>',
        '<blockquote>\n<p>quoted</p>\n</blockquote>',
        '<ol>\n<li>first</li>\n<li>second</li>\n</ol>',
        '<ul>\n<li>dot</li>\n</ul>',
        '<pre><code>x = 1\n  y = 2\n</code></pre>',
        '<p><a href="https://ann.example/a?b=1&amp;c=2" rel="nofollow ugc noopener" target="_blank">a link</a></p>',
      ].join('\n'),
    )
  })

  it('turns every other tag into its text, and drops scripts and styles with their content', () => {
    expect(shown('<h2>Title</h2><span style="color:red">red</span> <img src="x.png" alt="a cat">')).toBe(
      '<p>Title</p>\n<p>red a cat</p>',
    )
    expect(shown('<p>a<script>alert(1)</script><style>p{}</style>b</p>')).toBe('<p>ab</p>')
  })

  it('shows text that looks like Markdown as the text it was', () => {
    expect(shown('<p>5 * 3 = 15, my_var, [x](y), &lt;b&gt;, &amp;amp;</p><p>- no list</p><p>1. no list</p>')).toBe(
      '<p>5 * 3 = 15, my_var, [x](y), &lt;b&gt;, &amp;amp;</p>\n<p>- no list</p>\n<p>1. no list</p>',
    )
  })

  it('keeps no link to anything but http(s) and mail', () => {
    expect(shown('<a href="javascript:alert(1)">x</a> <a href="/relative">y</a>')).toBe('<p>x y</p>')
  })

  it('leaves every string of the hostile corpus inert, as HTML and as text', () => {
    const inputs = [...corpus.strings, String.fromCharCode(0xd83d)]
    const outputs = inputs.flatMap((s) => [shown(s), shown(`<p>${s}</p>`), renderMarkdown(s)])
    expect(outputs.filter((html) => !inertHtml(html))).toEqual([])
  })
})
