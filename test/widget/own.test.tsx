// Editing and deleting one's own comment while its edit window is open, with the token kept in localStorage.
import { afterEach, describe, expect, it } from 'vitest'
import type { Comment } from '../../worker/api-types'
import { click, comment, list, mount, reset, stubApi, submit, type, until } from './helpers'

afterEach(reset)

const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString()

function remember(id: number, editableUntil = inMinutes(10)) {
  localStorage.setItem(
    'parley-own',
    JSON.stringify([{ id, editToken: `edit-${id}`, editableUntil, body: 'Mooie *route*' }]),
  )
}

const button = (scope: Element | null | undefined, text: string) =>
  [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent === text) ?? null

describe('own comments', () => {
  it('shows Edit and Delete only on own comments inside the edit window', async () => {
    remember(2)
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna'), comment(2, null, 'Bram')]) }) })
    const w = mount()
    await until(() => w.$('#parley-c2'))
    expect(button(w.$('#parley-c1'), 'Edit')).toBeNull()
    expect(button(w.$('#parley-c2'), 'Edit')).not.toBeNull()
    expect(button(w.$('#parley-c2'), 'Delete')).not.toBeNull()
  })

  it('hides them once the window has closed', async () => {
    remember(2, inMinutes(-1))
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }) })
    const w = mount()
    await until(() => w.$('#parley-c2'))
    expect(button(w.$('#parley-c2'), 'Edit')).toBeNull()
  })

  it('edits in place with the Markdown that was sent and the edit token', async () => {
    remember(2)
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
    remember(2)
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }) })
    const w = mount()
    click(await until(() => button(w.$('#parley-c2'), 'Edit')))
    const form = await until(() => w.$('#parley-c2 form'))
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await until(() => expect(w.root?.activeElement).toBe(button(w.$('#parley-c2'), 'Edit')))
    expect(w.$('#parley-c2 form')).toBeNull()
  })

  it('deletes after an inline confirmation', async () => {
    remember(2)
    const comments: Comment[] = [comment(1, null, 'Anna'), comment(2, null, 'Bram')]
    const api = stubApi({
      'GET /api/comments': () => ({ body: list(comments) }),
      'DELETE /api/comments/:id': () => ({ status: 204 }),
    })
    const w = mount()
    click(await until(() => button(w.$('#parley-c2'), 'Delete')))
    expect(api.of('DELETE', '/api/comments/2')).toHaveLength(0)
    const yes = await until(() => button(w.$('#parley-c2'), 'Yes, delete'))
    expect(w.$('#parley-c2')?.textContent).toContain('Delete this comment?')
    click(yes)
    await until(() => !w.$('#parley-c2'))
    expect(api.of('DELETE', '/api/comments/2')[0]?.headers.authorization).toBe('Bearer edit-2')
    expect(w.$('h2')?.textContent).toBe('1 comment')
    expect(w.$('section > [role=status]')?.textContent).toBe('Comment deleted.')
    expect(localStorage.getItem('parley-own')).toBe('[]')
  })

  it('keeps the comment and says why when the server refuses the delete', async () => {
    remember(2)
    stubApi({
      'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }),
      'DELETE /api/comments/:id': () => ({
        status: 401,
        body: { error: { code: 'unauthorized', message: 'Edit window closed.' } },
      }),
    })
    const w = mount({ lang: 'nl' })
    click(await until(() => button(w.$('#parley-c2'), 'Verwijderen')))
    click(await until(() => button(w.$('#parley-c2'), 'Ja, verwijder')))
    await until(() => expect(w.$('section > [role=status]')?.textContent).toBe('Dit kan niet meer worden gewijzigd.'))
    expect(w.$('#parley-c2')).not.toBeNull()
  })
})
