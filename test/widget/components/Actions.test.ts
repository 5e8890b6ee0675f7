// A comment's buttons for every reader: Reply opens and closes its form; Share hands out the comment's permalink.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { stubThread } from '../api-stub'
import { button, click, mount, reset, until } from '../page'

afterEach(reset)

describe('Actions', () => {
  it('opens the reply form with Reply, says so to assistive technology, and closes it again', async () => {
    stubThread()
    const w = mount()
    const reply = await until(() => button(w.$('#parley-c1'), 'Reply'))
    expect(reply.getAttribute('aria-expanded')).toBe('false')
    click(reply)
    await until(() => w.$('#parley-c1 form'))
    expect(reply.getAttribute('aria-expanded')).toBe('true')
    click(reply)
    await until(() => !w.$('#parley-c1 form'))
  })

  it('copies the permalink without Web Share, and shows it where the clipboard refuses', async () => {
    stubThread()
    const writeText = vi.fn(async () => undefined)
    vi.stubGlobal('navigator', { ...navigator, share: undefined, clipboard: { writeText } })
    const w = mount()
    click(await until(() => button(w.$('#parley-c1'), 'Share')))
    const status = () => w.$('section > [role=status]')?.textContent
    await until(() => expect(status()).toBe('Link copied.'))
    expect(writeText).toHaveBeenCalledWith('http://localhost:3000/post#parley-c1')

    writeText.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'))
    click(button(w.$('#parley-c1'), 'Share'))
    await until(() => expect(status()).toBe('http://localhost:3000/post#parley-c1'))
  })
})
