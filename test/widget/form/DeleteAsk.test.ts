// Deleting one's own comment: asked inline first, then gone from the thread and its count; a refusal said in words.
import { afterEach, describe, expect, it } from 'vitest'
import type { Comment } from '../../../worker/api-types'
import { comment, list, stubApi } from '../api-stub'
import { button, click, mount, rememberOwn, reset, until } from '../page'

afterEach(reset)

describe('DeleteAsk', () => {
  it('deletes after an inline confirmation', async () => {
    rememberOwn(2)
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
    rememberOwn(2)
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
