// The comment form: its text box from the start; the rest with the forms chunk, imported on first use (never for a
// reader who only reads) below the text box, which keeps what was typed, the cursor and the focus; a failed import said
// in the reader's language and tried again on the next use.
import { afterEach, describe, expect, it } from 'vitest'
import { stubThread } from '../api-stub'
import { button, click, formChunk, mount, reset, settle, type, until } from '../page'

afterEach(reset)

describe('CommentForm', () => {
  it('is a heading and a text box, without the forms or a code, for a reader who only reads', async () => {
    const api = stubThread()
    const w = mount()
    await until(() => w.$('#parley-c1'))
    await settle()
    // The comment form shows its heading and text box; the rest comes on first use.
    const form = w.$('section > form')
    expect(form?.getAttribute('aria-labelledby')).toBe('pmt')
    expect(w.root?.getElementById('pmt')?.textContent).toBe('Write a comment')
    expect(form?.querySelector('label[for=pmb]')?.textContent).toBe('Comment')
    expect(form?.querySelector('[name=name]')).toBeNull()
    expect(formChunk.loads).toBe(0)
    expect(api.calls.map((c) => c.path)).toEqual(['/api/comments'])
  })

  it('brings the rest of the form on first focus, below the same text box, its text, cursor and focus', async () => {
    const api = stubThread()
    const w = mount()
    await until(() => w.$('#parley-c1'))
    const box = w.$<HTMLTextAreaElement>('section > form textarea')
    box?.focus()
    // Typed before the forms arrive.
    type(box, 'Mooie route')
    box?.setSelectionRange(5, 5)
    const form = await until(() => w.$('section > form [name=name]')?.closest('form'))
    expect(formChunk.loads).toBe(1)
    // With their own styles, the honeypot's place among them.
    await until(() => w.root?.adoptedStyleSheets.length === 2)
    expect([...(w.root?.adoptedStyleSheets[1]?.cssRules ?? [])].some((r) => r.cssText.startsWith('.hp'))).toBe(true)
    const body = form.querySelector('textarea')
    expect(body).toBe(box)
    expect(body?.value).toBe('Mooie route')
    expect([body?.selectionStart, body?.selectionEnd]).toEqual([5, 5])
    expect(w.root?.activeElement).toBe(body)
    // The focus in the full form asks for its code.
    const img = await until(() => form.querySelector('img'))
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/)
    expect(api.calls.map((c) => c.path)).toEqual(['/api/comments', '/api/challenge'])
  })

  it('says a failed import in its status line, and tries again on the next focus', async () => {
    stubThread()
    const w = mount({ lang: 'nl' })
    await until(() => w.$('#parley-c1'))
    formChunk.fail = true
    const box = w.$<HTMLTextAreaElement>('section > form textarea')
    box?.focus()
    const status = w.$('section > form [role=status]')
    await until(() => expect(status?.textContent).toBe('Geen verbinding met de reactieserver. Probeer het opnieuw.'))
    expect(w.$('section > form [name=name]')).toBeNull()

    formChunk.fail = false
    box?.blur()
    box?.focus()
    await until(() => w.$('section > form [name=name]'))
    expect(formChunk.loads).toBe(2)
    // The message goes once the form is whole: nothing failed any more.
    expect(status?.textContent).toBe('')
  })

  it('opens a reply form with the focus in its text box, and the rest below it as it arrives', async () => {
    stubThread()
    const w = mount()
    click(await until(() => button(w.$('#parley-c1'), 'Reply')))
    const draft = await until(() => w.$<HTMLTextAreaElement>('#parley-c1 form textarea'))
    type(draft, 'Eens')
    const form = await until(() => w.$('#parley-c1 form [name=name]')?.closest('form'))
    expect(form.textContent).toContain('Reply to Anna')
    expect(form.querySelector('textarea')).toBe(draft)
    expect(w.root?.activeElement).toBe(draft)
    expect(draft.value).toBe('Eens')
    expect(formChunk.loads).toBe(1)
  })
})
