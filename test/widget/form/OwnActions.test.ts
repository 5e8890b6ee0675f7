// Edit and Delete on one's own comment: there while its edit window is open (the token kept in localStorage), gone
// when it closes, and only on one's own.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { comment, list, stubApi } from '../api-stub'
import { button, formChunk, mount, rememberOwn, reset, settle, until } from '../page'

afterEach(reset)

describe('OwnActions', () => {
  it('shows Edit and Delete only on own comments inside the edit window', async () => {
    rememberOwn(2)
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(1, null, 'Anna'), comment(2, null, 'Bram')]) }) })
    const w = mount()
    // They come with the forms, which an own comment brings at once.
    await until(() => button(w.$('#parley-c2'), 'Edit'))
    expect(button(w.$('#parley-c1'), 'Edit')).toBeNull()
    expect(button(w.$('#parley-c2'), 'Delete')).not.toBeNull()
  })

  it('hides them once the window has closed', async () => {
    rememberOwn(2, new Date(Date.now() - 60_000).toISOString())
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }) })
    const w = mount()
    await until(() => w.$('#parley-c2'))
    await settle()
    expect(button(w.$('#parley-c2'), 'Edit')).toBeNull()
    // No own comment open: the forms stay where they are.
    expect(formChunk.loads).toBe(0)
  })

  it('go when the edit window closes, on time', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'], shouldAdvanceTime: true })
    rememberOwn(2, new Date(Date.now() + 60_000).toISOString())
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(2, null, 'Bram')]) }) })
    const w = mount()
    await until(() => button(w.$('#parley-c2'), 'Delete'))
    vi.advanceTimersByTime(61_000)
    await until(() => !button(w.$('#parley-c2'), 'Edit') && !button(w.$('#parley-c2'), 'Delete'))
    vi.useRealTimers()
  })
})
