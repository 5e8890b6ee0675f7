// One comment for the owner: the buttons its state allows, and what an action changes.
import { h, render } from 'preact'
import { afterEach, describe, expect, it } from 'vitest'
import { AdminApp } from '../../../widget/admin/components/AdminApp'
import { button, click, until } from '../page'
import { browserLanguage, held, noSites, page, resetAdmin, said, signedIn, stubAdmin } from './admin-stub'

afterEach(resetAdmin)

describe('CommentCard', () => {
  it('approves a held comment, shows its new state and announces it', async () => {
    const calls = stubAdmin({
      'GET /api/admin/session': signedIn,
      'GET /api/admin/comments': page([held]),
      'GET /api/admin/sites': noSites,
      'POST /api/admin/comments/5/approve': () => ({
        body: { comment: { ...held, status: 'published', actions: ['delete', 'spam'] } },
      }),
    })
    render(<AdminApp />, document.body)
    click(await until(() => button(document.body, 'Approve')))
    await until(() => said() === 'Comment 5: approved.')
    expect(calls).toContain('POST /api/admin/comments/5/approve')
    expect(document.querySelector('.badge')?.textContent).toBe('published')
    expect(button(document.body, 'Approve')).toBeNull()
  })

  it("says why the content checks held a comment, in the owner's language", async () => {
    browserLanguage('nl-NL')
    const spammy = { ...held, spamScore: 5, spamReasons: ['links' as const, 'phrase' as const] }
    stubAdmin({
      'GET /api/admin/session': signedIn,
      'GET /api/admin/comments': page([spammy, { ...held, id: 6 }]),
      'GET /api/admin/sites': noSites,
    })
    render(<AdminApp />, document.body)
    const cards = await until(() =>
      document.querySelectorAll('article').length === 2 ? document.querySelectorAll('article') : null,
    )
    expect([...cards].map((card) => card.querySelector('p.meta + p.meta')?.textContent ?? null)).toEqual([
      'Inhoudscontrole: veel links, bekende spamzinnen (spamscore 5)',
      null,
    ])
  })
})
