// "Follow this discussion": a toggle, whose form (widget/form/FollowForm.tsx) comes with the forms chunk.
import { afterEach, describe, expect, it } from 'vitest'
import { stubThread } from '../api-stub'
import { button, click, formChunk, mount, reset, until } from '../page'

afterEach(reset)

describe('Follow', () => {
  it('says a failed import in the thread’s status line, and stays closed until one works', async () => {
    stubThread()
    const w = mount()
    const follow = await until(() => button(w.root?.querySelector('.follow'), 'Follow this discussion'))
    formChunk.fail = true
    click(follow)
    await until(() =>
      expect(w.$('section > [role=status]')?.textContent).toBe(
        'No connection to the comment server. Please try again.',
      ),
    )
    expect(follow.getAttribute('aria-expanded')).toBe('false')
    expect(w.$('.follow form')).toBeNull()

    formChunk.fail = false
    click(follow)
    await until(() => w.$('.follow form'))
    expect(follow.getAttribute('aria-expanded')).toBe('true')
    expect(formChunk.loads).toBe(2)
    // The comment form, not used yet, stays as it was: nothing moves above the follow form.
    expect(w.$('section > form [name=name]')).toBeNull()
  })
})
