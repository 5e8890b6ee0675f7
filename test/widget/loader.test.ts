// parley.js's loader: the shadow root it claims, the thread it asks for before the widget's code is here, the stored
// bookmark on that first request, and a second copy of the script that leaves the thread alone.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { comment, list, stubApi } from './api-stub'
import { load } from '../../widget/loader'
import { mount, reset, settle, sourceChunks, until } from './page'

afterEach(reset)

describe('the loader', () => {
  it('mounts in a shadow root with its styles adopted there, none in the page', async () => {
    stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    const w = mount({ attrs: { 'data-theme': 'dark' } })
    await until(() => w.$('h2'))
    const rules = [...(w.root?.adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules])
    expect(rules.map((r) => r.cssText).join('\n')).toContain('--parley-accent')
    // Constructed, not a <style> element: a page's Content-Security-Policy cannot block it.
    expect(w.root?.querySelector('style')).toBeNull()
    expect([document.styleSheets.length, document.adoptedStyleSheets.length]).toEqual([0, 0])
    expect(w.host?.getAttribute('data-parley-theme')).toBe('dark')
  })

  it('asks for the thread before the widget is here, and shows the comments from that one answer', async () => {
    const api = stubApi({ 'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna')]) }) })
    const w = mount()
    // Already on its way, while the chunks are still being imported.
    expect(api.calls.map((c) => `${c.method} ${c.path}`)).toEqual(['GET /api/comments'])
    expect(w.$('h2')).toBeNull()
    await until(() => w.$('#parley-c1'))
    await settle()
    expect(api.calls).toHaveLength(1)
    expect(Object.fromEntries(api.calls[0]?.query ?? [])).toEqual({ site: 'demo', thread: '/post', order: '', at: '' })
  })

  it('sends the bookmark kept from an earlier visit with that first request, and none on a first visit', async () => {
    const api = stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    mount()
    expect(api.calls[0]?.headers).toEqual({})
    await reset()
    localStorage.setItem('parley-bookmark', JSON.stringify('00000abc-00000002'))
    const again = stubApi({ 'GET /api/comments': () => ({ body: list([]) }) })
    mount()
    expect(again.calls[0]?.headers).toEqual({ 'x-parley-bookmark': '00000abc-00000002' })
  })

  it('leaves the thread to the first copy when the script is on the page twice', async () => {
    const api = stubApi({ 'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna')]) }) })
    const w = mount()
    const second = w.script.cloneNode() as HTMLScriptElement
    document.body.append(second)
    load(second, sourceChunks)
    await until(() => w.$('#parley-c1'))
    await settle()
    expect(w.$$('section')).toHaveLength(1)
    expect(api.calls).toHaveLength(1)
  })

  it('waits for a target the parser has not reached yet, then asks for the thread and shows it', async () => {
    const api = stubApi({ 'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna')]) }) })
    const parsing = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading')
    mount({ body: '' })
    expect(api.calls).toEqual([])
    document.body.insertAdjacentHTML('afterbegin', '<div id="parley"></div>')
    parsing.mockRestore()
    document.dispatchEvent(new Event('DOMContentLoaded'))
    await until(() => document.getElementById('parley')?.shadowRoot?.querySelector('#parley-c1'))
    expect(api.calls).toHaveLength(1)
  })

  it('asks the site owner for data-site, and does nothing else', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const api = stubApi({})
    const w = mount({ attrs: { 'data-site': '' } })
    expect(warn).toHaveBeenCalledWith('[parley] the <script> tag needs a data-site attribute')
    expect(w.root).toBeNull()
    expect(api.calls).toEqual([])
  })
})
