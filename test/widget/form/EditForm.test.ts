// Editing one's own comment in place: the Markdown as sent, saved with the edit token; Escape gives it back.
import { afterEach, describe, expect, it } from 'vitest'
import { comment, list, stubApi } from '../api-stub'
import { button, click, mount, rememberOwn, reset, submit, type, until } from '../page'

afterEach(reset)

describe('EditForm', () => {
  it('edits in place with the Markdown that was sent and the edit token', async () => {
    rememberOwn(2)
    const api = stubApi({
      'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }),
      'PATCH /api/comments/:id': (call) => ({
        body: {
          comment: comment(2, null, 'Bram', {
            html: `<p>${(call.body as { body: string }).body}</p>`,
            editedAt: new Date().toISOString(),
          }),
        },
      }),
    })
    const w = mount()
    click(await until(() => button(w.$('#parley-c2'), 'Edit')))
    const textarea = await until(() => w.$<HTMLTextAreaElement>('#parley-c2 textarea'))
    expect(textarea.value).toBe('Mooie *route*')
    await until(() => expect(w.root?.activeElement).toBe(textarea))
    type(textarea, 'Mooie route, echt')
    submit(w.$('#parley-c2 form'))
    await until(() => expect(w.$('#parley-c2 .body')?.textContent).toBe('Mooie route, echt'))

    const patch = api.of('PATCH', '/api/comments/2')[0]
    expect(patch?.body).toEqual({ body: 'Mooie route, echt' })
    expect(patch?.headers.authorization).toBe('Bearer edit-2')
    expect(w.$('#parley-c2')?.textContent).toContain('(edited)')
    expect(JSON.parse(localStorage.getItem('parley-own') ?? '[]')[0].body).toBe('Mooie route, echt')
  })

  it('cancels an edit with Escape and gives focus back to Edit', async () => {
    rememberOwn(2)
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }) })
    const w = mount()
    click(await until(() => button(w.$('#parley-c2'), 'Edit')))
    const form = await until(() => w.$('#parley-c2 form'))
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await until(() => expect(w.root?.activeElement).toBe(button(w.$('#parley-c2'), 'Edit')))
    expect(w.$('#parley-c2 form')).toBeNull()
  })
})
