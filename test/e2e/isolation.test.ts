// The shadow root in practice: a page's hostile CSS does not change the widget, and the widget's CSS does not touch the page.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { codeIn, useBrowser, visitor } from './browser'
import { open, openForm, widget, words } from './pages'
import { BASE, newThread, seed } from './server'

const t = words.nl

const browser = useBrowser()

const HOSTILE = readFileSync(new URL('pages/hostile.css', import.meta.url), 'utf8')
const LOOKALIKE = readFileSync(new URL('pages/lookalike.html', import.meta.url), 'utf8')

type Look = { el: string; box: number[]; style: Record<string, string> }

/** Every computed style and the box (relative to `origin`) of each element; `sizeFree` ones without size or place. Runs in the page. */
function lookOf(elements: Element[], origin: Element | null, sizeFree: Element[]): Look[] {
  const at = origin?.getBoundingClientRect() ?? { x: 0, y: 0 }
  const name = (el: Element) => {
    const parts: string[] = []
    for (let e: Element | null = el; e; e = e.parentElement) {
      const index = e.parentElement ? [...e.parentElement.children].indexOf(e) : 0
      parts.unshift(
        `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).replace(/ /g, '.')}` : ''}[${index}]`,
      )
    }
    return parts.join('>')
  }
  // Sizes that follow from the content below: an ancestor of the widget is taller with it, by design.
  const SIZES = ['width', 'height', 'block-size', 'inline-size', 'perspective-origin', 'transform-origin']
  return elements.map((el) => {
    const cs = getComputedStyle(el)
    const style: Record<string, string> = {}
    for (const prop of cs) if (!(sizeFree.includes(el) && SIZES.includes(prop))) style[prop] = cs.getPropertyValue(prop)
    const r = el.getBoundingClientRect()
    const box = sizeFree.includes(el)
      ? []
      : [r.x - at.x, r.y - at.y, r.width, r.height].map((n) => Math.round(n * 10) / 10)
    return { el: name(el), box, style }
  })
}

/** The differences between two looks, one line each, so a failure says what changed where. */
function differences(a: Look[], b: Look[]): string[] {
  const out: string[] = []
  if (a.length !== b.length) out.push(`${a.length} elements became ${b.length}`)
  a.forEach((x, i) => {
    const y = b[i]
    if (!y || x.el !== y.el) return void out.push(`element ${i}: ${x.el} became ${y?.el}`)
    if (x.box.join() !== y.box.join()) out.push(`${x.el} box: ${x.box.join()} → ${y.box.join()}`)
    for (const [prop, value] of Object.entries(x.style))
      if (y.style[prop] !== value) out.push(`${x.el} ${prop}: ${value} → ${y.style[prop]}`)
  })
  return out
}

const page = (thread: string, head: string, body = '') => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>Isolatie</title>${head}</head>
<body>${body}<div id="parley"></div><script src="/parley.js" data-site="demo" data-thread="${thread}" async></script></body>
</html>`

describe('a page with hostile global CSS', () => {
  it('does not change how the widget looks or lays out', async () => {
    const thread = newThread('hostile')
    const anna = await seed(thread, 'Anna', 'Een reactie met *nadruk*, `code` en een [link](https://example.com).')
    await seed(thread, 'Joost', 'En een antwoord.', { parentId: anna.id })
    const plain = page(thread, '<style>#parley { width: 720px }</style>')
    const hostile = page(thread, `<style>${HOSTILE}</style>`, '<h1>Vijandige pagina</h1><p>Met tekst ervoor.</p>')

    const looks: Look[][] = []
    for (const html of [plain, hostile]) {
      const p = await (await visitor(browser())).newPage()
      await p.route(`${BASE}/e2e/isolation.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
      await open(p, '/e2e/isolation.html')
      // The whole form, the code image and the error messages too: open the form and submit it empty.
      const form = widget(p).getByRole('form', { name: t.write })
      await openForm(form)
      await form.getByRole('button', { name: t.post }).click()
      await codeIn(form)
      await p.mouse.move(0, 0)
      looks.push(
        await widget(p).evaluate((host, fn) => {
          const look = new Function(`return (${fn})`)() as typeof lookOf
          return look([...(host.shadowRoot?.querySelectorAll('section, section *') ?? [])], host, [])
        }, lookOf.toString()),
      )
      await p.context().close()
    }
    const [calm, attacked] = looks as [Look[], Look[]]
    expect(calm.length).toBeGreaterThan(60)
    expect(differences(calm, attacked)).toEqual([])
  })
})

describe('the widget', () => {
  it('leaves every element of the page as it was, even ones that share its tags and class names', async () => {
    const thread = newThread('lookalike')
    await seed(thread, 'Anna', 'Een reactie.')
    const withWidget = page(thread, '<link rel="stylesheet" href="/site.css">', `<main>${LOOKALIKE}</main>`).replace(
      '</body>',
      `<footer>${LOOKALIKE}</footer></body>`,
    )
    // An empty script in its place keeps every element's position among its siblings.
    const without = withWidget.replace(/<script src="\/parley.js"[^>]*><\/script>/, '<script></script>')
    expect(without).not.toBe(withWidget)

    const looks: { elements: Look[]; sheets: number; head: string }[] = []
    for (const [html, loaded] of [
      [withWidget, true],
      [without, false],
    ] as const) {
      const p = await (await visitor(browser())).newPage()
      await p.route(`${BASE}/e2e/lookalike.html`, (route) => route.fulfill({ contentType: 'text/html', body: html }))
      if (loaded) await open(p, '/e2e/lookalike.html')
      else await p.goto('/e2e/lookalike.html', { waitUntil: 'networkidle' })
      looks.push(
        await p.evaluate((fn) => {
          const look = new Function(`return (${fn})`)() as typeof lookOf
          const host = document.getElementById('parley')
          const elements = [...document.querySelectorAll('html, html *')].filter(
            (el) => el !== host && el.tagName !== 'SCRIPT',
          )
          const ancestors = elements.filter((el) => el.contains(host))
          // Elements after the widget move down by its height; their styles must still match.
          const after = elements.filter(
            (el) => host && host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING,
          )
          return {
            elements: look(elements, null, [...ancestors, ...after]),
            sheets: document.styleSheets.length + document.adoptedStyleSheets.length,
            head: document.head.innerHTML,
          }
        }, lookOf.toString()),
      )
      await p.context().close()
    }
    const [a, b] = looks as [(typeof looks)[0], (typeof looks)[0]]
    expect(a.elements.length).toBeGreaterThan(50)
    expect(differences(b.elements, a.elements)).toEqual([])
    expect(a.sheets).toBe(b.sheets)
    expect(a.head).toBe(b.head)
  })
})
