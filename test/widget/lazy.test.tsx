// parley-form.js: not fetched for a reader who only reads; fetched on first use, keeping what was typed and the focus;
// a failed fetch said in the reader's language and tried again on the next use.
import { afterEach, describe, expect, it } from 'vitest'
import { challenge, click, comment, formScript, list, mount, reset, settle, stubApi, type, until } from './helpers'

afterEach(reset)

const thread = () =>
  stubApi({
    'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna')]) }),
    'GET /api/challenge': () => ({ body: challenge() }),
  })

const button = (scope: Element | null | undefined, text: string) =>
  [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text) ?? null

describe('the forms of parley-form.js', () => {
  it('are not fetched, nor is a code, for a reader who only reads', async () => {
    const api = thread()
    const w = mount()
    await until(() => w.$('#parley-c1'))
    await settle()
    // The comment form shows its heading and text box; the rest comes on first use.
    const form = w.$('section > form')
    expect(form?.getAttribute('aria-labelledby')).toBe('pmt')
    expect(w.root?.getElementById('pmt')?.textContent).toBe('Write a comment')
    expect(form?.querySelector('label[for=pmb]')?.textContent).toBe('Comment')
    expect(form?.querySelector('[name=name]')).toBeNull()
    expect(formScript.requests).toBe(0)
    expect(api.calls.map((c) => c.path)).toEqual(['/api/comments'])
  })

  it('are fetched on first focus of the text box, which keeps what was typed, the cursor and the focus', async () => {
    const api = thread()
    const w = mount()
    await until(() => w.$('#parley-c1'))
    const box = w.$<HTMLTextAreaElement>('section > form textarea')
    box?.focus()
    // Typed before the forms arrive.
    type(box, 'Mooie route')
    box?.setSelectionRange(5, 5)
    const form = await until(() => w.$('section > form [name=name]')?.closest('form'))
    expect(formScript.requests).toBe(1)
    const body = form.querySelector('textarea')
    expect(body).not.toBe(box)
    expect(body?.value).toBe('Mooie route')
    expect([body?.selectionStart, body?.selectionEnd]).toEqual([5, 5])
    expect(w.root?.activeElement).toBe(body)
    // The focus in the full form asks for its code.
    const img = await until(() => form.querySelector('img'))
    expect(img.getAttribute('src')).toMatch(/^data:image\/svg\+xml,/)
    expect(api.calls.map((c) => c.path)).toEqual(['/api/comments', '/api/challenge'])
  })

  it('say a failed fetch in the form’s status line, and try again on the next focus', async () => {
    thread()
    const w = mount({ lang: 'nl' })
    await until(() => w.$('#parley-c1'))
    formScript.fail = true
    const box = w.$<HTMLTextAreaElement>('section > form textarea')
    box?.focus()
    const status = w.$('section > form [role=status]')
    await until(() => expect(status?.textContent).toBe('Geen verbinding met de reactieserver. Probeer het opnieuw.'))
    expect(w.$('section > form [name=name]')).toBeNull()
    expect(document.head.querySelector('script')).toBeNull()

    formScript.fail = false
    box?.blur()
    box?.focus()
    await until(() => w.$('section > form [name=name]'))
    expect(formScript.requests).toBe(2)
  })

  it('open a reply form first as its text box, with the focus, then whole', async () => {
    thread()
    const w = mount()
    click(await until(() => button(w.$('#parley-c1'), 'Reply')))
    const draft = await until(() => w.$('#parley-c1 form textarea'))
    type(draft, 'Eens')
    const form = await until(() => w.$('#parley-c1 form [name=name]')?.closest('form'))
    expect(form.textContent).toContain('Reply to Anna')
    expect(w.root?.activeElement).toBe(form.querySelector('textarea'))
    expect(form.querySelector('textarea')?.value).toBe('Eens')
    expect(formScript.requests).toBe(1)
  })

  it('say a failed fetch for Follow in the thread’s status line, and Follow stays closed until one works', async () => {
    thread()
    const w = mount()
    const follow = await until(() => button(w.root?.querySelector('.follow'), 'Follow this discussion'))
    formScript.fail = true
    click(follow)
    await until(() =>
      expect(w.$('section > [role=status]')?.textContent).toBe(
        'No connection to the comment server. Please try again.',
      ),
    )
    expect(follow.getAttribute('aria-expanded')).toBe('false')
    expect(w.$('.follow form')).toBeNull()

    formScript.fail = false
    click(follow)
    await until(() => w.$('.follow form'))
    expect(follow.getAttribute('aria-expanded')).toBe('true')
    expect(formScript.requests).toBe(2)
    // The comment form, not used yet, stays as it was: nothing moves above the follow form.
    expect(w.$('section > form [name=name]')).toBeNull()
  })
})
