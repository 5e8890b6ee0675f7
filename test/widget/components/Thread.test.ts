// The list of comments: replies nested to depth 3, deeper ones flat with "in reply to", orphans at the top.
import { afterEach, describe, expect, it } from 'vitest'
import { comment, list, stubApi } from '../api-stub'
import { mount, reset, until } from '../page'

afterEach(reset)

const names = (els: Element[]) => els.map((el) => el.querySelector('.who')?.textContent)

describe('Thread', () => {
  it('nests replies to depth 3 and shows deeper ones flat with "in reply to"', async () => {
    stubApi({
      'GET /api/comments': () => ({
        body: list([
          comment(1, null, 'Anna'),
          comment(2, 1, 'Bram'),
          comment(3, 2, 'Cas'),
          comment(4, 3, 'Daan'),
          comment(5, 4, 'Eva'),
          comment(6, null, 'Fien'),
        ]),
      }),
    })
    const w = mount()
    await until(() => w.$('#parley-c5'))

    const top = w.$$('section > ol > li')
    expect(top.map((li) => li.querySelector('.who')?.textContent)).toEqual(['Anna', 'Fien'])
    // Bram is inside Anna's item, Cas inside Bram's: two levels of nesting.
    expect(w.$('#parley-c1')?.parentElement?.querySelector(':scope > ol #parley-c2')).not.toBeNull()
    expect(w.$('#parley-c2')?.parentElement?.querySelector(':scope > ol #parley-c3')).not.toBeNull()
    // Daan (depth 4) and Eva (depth 5) sit side by side under Cas, not nested further.
    const flat = w.$('#parley-c3')?.parentElement?.querySelector(':scope > ol')
    expect(names([...(flat?.querySelectorAll(':scope > li > article') ?? [])])).toEqual(['Daan', 'Eva'])
    expect(w.$('#parley-c4')?.textContent).toContain('in reply to Cas')
    expect(w.$('#parley-c5')?.textContent).toContain('in reply to Daan')
    expect(w.$('#parley-c3')?.textContent).not.toContain('in reply to')
    expect(w.$('h2')?.textContent).toBe('6 comments')
  })

  it('shows a reply whose parent is not in the list at top level', async () => {
    stubApi({ 'GET /api/comments': () => ({ body: list([comment(7, 3, 'Gijs'), comment(8, 7, 'Hanna')]) }) })
    const w = mount()
    await until(() => w.$('#parley-c8'))
    expect(names(w.$$('section > ol > li > article'))).toEqual(['Gijs'])
    expect(w.$('#parley-c7')?.parentElement?.querySelector('#parley-c8')).not.toBeNull()
  })
})
