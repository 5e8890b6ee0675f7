// The thread's feed, as a reader finds it: the link beside the heading, named for screen readers, to an Atom 1.0
// document that Chromium's own XML parser reads whole, with every element the standard requires, hostile text and all.
import { describe, expect, it } from 'vitest'
import corpus from '../corpus/hostile.json'
import { eachTestANewVisitor, useBrowser } from './browser'
import { openArticle, widget, words } from './pages'
import { seed } from './server'
import type { Page } from 'playwright-core'

const t = words.nl
const browser = useBrowser()
let page: Page
eachTestANewVisitor(browser, (visit) => ({ page } = visit))

/** What DOMParser makes of `xml`: its parse error if any, and the text of each required element, per entry. */
const readAtom = (xml: string) =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    const ns = 'http://www.w3.org/2005/Atom'
    const text = (el: Element, name: string) => el.getElementsByTagNameNS(ns, name)[0]?.textContent ?? null
    const root = doc.documentElement
    return {
      error: doc.getElementsByTagName('parsererror')[0]?.textContent ?? null,
      feed: { root: `${root.namespaceURI} ${root.localName}`, id: text(root, 'id'), title: text(root, 'title') },
      entries: [...root.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        id: text(e, 'id'),
        title: text(e, 'title'),
        updated: text(e, 'updated'),
        author: text(e, 'name'),
        link: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href') ?? null,
        content: text(e, 'content'),
      })),
    }
  }, xml)

describe("the thread's feed", () => {
  it('is linked beside the heading and is Atom 1.0 with every required element, hostile text included', async () => {
    const { thread, path } = await openArticle(page, 'feed')
    const hostile = corpus.strings.slice(0, 6).join(' ')
    const first = await seed(thread, '<b>Anna</b> ]]>', hostile)
    await seed(thread, 'Bram', 'Tweede reactie.')
    const link = widget(page).getByRole('link', { name: t.feed })
    const href = await link.getAttribute('href')
    expect(href).toMatch(/\/feed\/demo\.atom\?thread=/)
    const atom = await readAtom(await (await fetch(href!)).text())
    expect(atom.error).toBeNull()
    expect(atom.feed.root).toBe('http://www.w3.org/2005/Atom feed')
    expect(atom.feed.id).toBe(href)
    expect(atom.entries).toHaveLength(2)
    for (const e of atom.entries) for (const value of Object.values(e)) expect(value).toBeTruthy()
    const anna = atom.entries[1]!
    expect(anna.author).toBe('<b>Anna</b> ]]>')
    expect(anna.link).toMatch(new RegExp(`${path.replace('.html', '')}.*#parley-c${first.id}$`))
    // The content is the comment's safe HTML, as the widget shows it: the hostile text escaped in it.
    expect(anna.content).toBe(first.html)
  })
})
