// Hostile comment text (test/corpus/hostile.json) in the fragment: inert in the markup, in the inert JSON and in the
// JSON-LD, where a `</script>` in a comment must not end the element.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { newThreadKey } from '../support/ids'
import { seedHostileComments } from '../support/hostile'
import { request } from '../support/request'
import { seedSite, seedThread } from '../support/seed'

type Element = { tag: string; attributes: [string, string][]; text: string }

/** Every element of the fragment as an HTML parser sees it, with the text of the scripts. */
async function parse(html: string): Promise<Element[]> {
  const found: Element[] = []
  await new HTMLRewriter()
    .on('*', {
      element: (e) =>
        void found.push({ tag: e.tagName, attributes: [...e.attributes] as [string, string][], text: '' }),
      text: (t) => void (found.at(-1)!.text += t.text),
    })
    .transform(new Response(html))
    .text()
  return found
}

describe('GET /embed/:site with hostile comments', () => {
  it('keeps every hostile name and text inert, and the JSON in its scripts whole', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedHostileComments(await seedThread(site, thread))
    const elements = await parse(await (await request(`/embed/${site}?${new URLSearchParams({ thread })}`)).text())
    const scripts = elements.filter((e) => e.tag === 'script')
    // Only the fragment's own two data scripts: a `</script>` in a comment ended neither of them.
    expect(scripts.map((s) => s.attributes.find(([name]) => name === 'type')?.[1])).toEqual([
      'application/json',
      'application/ld+json',
    ])
    // The fragment's own style and feed icon, and no other such element.
    const kinds = elements.filter((e) => ['style', 'img', 'svg', 'iframe', 'math', 'object'].includes(e.tag))
    expect(kinds.map((e) => e.tag)).toEqual(['style', 'svg'])
    const attributes = elements.flatMap((e) => e.attributes)
    expect(attributes.filter(([name]) => name.startsWith('on'))).toEqual([])
    expect(
      attributes.filter(([name, value]) => name === 'href' && /^\s*(javascript|data|vbscript):/i.test(value)),
    ).toEqual([])
    const [first, ld] = scripts.map((s) => JSON.parse(s.text) as unknown)
    const names = (first as ListResponse).comments.map((c) => c.name)
    expect(names.length).toBe(50)
    const authors = JSON.stringify(ld)
    for (const name of names) expect(authors).toContain(JSON.stringify(name))
  })
})
