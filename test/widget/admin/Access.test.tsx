// The admin page for an admin signed in through Cloudflare Access: who they are and for which sites, no Blocks tab
// (blocks are the owner's), signing out through Access's own logout, and the owner's actions refused in words.
import { h, render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AdminApp } from '../../../widget/admin/components/AdminApp'
import { button, click, until } from '../page'
import { held, noSites, page, resetAdmin, said, stubAdmin } from './admin-stub'

const accessAdmin = (sites: string[]) => () => ({ body: { user: 'ann@example.org', access: { sites } } })

afterEach(() => {
  resetAdmin()
  vi.restoreAllMocks()
})

describe('the admin page, signed in through Cloudflare Access', () => {
  it('says who is signed in and for which sites, and leaves out the owner-only Blocks tab', async () => {
    stubAdmin({
      'GET /api/admin/session': accessAdmin(['blog', 'docs']),
      'GET /api/admin/comments': page([]),
      'GET /api/admin/sites': noSites,
    })
    render(<AdminApp />, document.body)
    const who = await until(() => document.querySelector('header .meta'))
    expect(who.textContent).toBe('Signed in as ann@example.org through Cloudflare Access, for blog, docs')
    const tabs = [...document.querySelectorAll('nav a')].map((a) => a.textContent)
    expect(tabs).toEqual(['Comments', 'Threads', 'Mail', 'Sites', 'Log'])
  })

  it("signs out by Access's logout page", async () => {
    const calls = stubAdmin({
      'GET /api/admin/session': accessAdmin(['blog']),
      'GET /api/admin/comments': page([]),
      'GET /api/admin/sites': noSites,
      'POST /api/admin/logout': () => ({ status: 204 }),
    })
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {})
    render(<AdminApp />, document.body)
    click(await until(() => button(document.body, 'Sign out')))
    await until(() => assign.mock.calls.length > 0)
    expect(calls).toContain('POST /api/admin/logout')
    expect(assign).toHaveBeenCalledWith('/cdn-cgi/access/logout')
  })

  it('offers no block buttons and no new site: the owner manages those', async () => {
    stubAdmin({
      'GET /api/admin/session': accessAdmin(['demo']),
      'GET /api/admin/comments': page([held]),
      'GET /api/admin/sites': noSites,
    })
    render(<AdminApp />, document.body)
    await until(() => document.querySelector('#cn5'))
    expect(button(document.body, 'Approve')).toBeTruthy()
    expect(button(document.body, 'Block address')).toBeFalsy()
    location.hash = '#sites'
    await until(() => document.querySelector('section h2')?.textContent === 'Sites')
    expect(button(document.body, 'Add a site')).toBeFalsy()
  })

  it('says in words that only the owner may do what the server refuses with 403', async () => {
    stubAdmin({
      'GET /api/admin/session': accessAdmin(['demo']),
      'GET /api/admin/comments': page([held]),
      'GET /api/admin/sites': noSites,
      'POST /api/admin/comments/5/spam': () => ({
        status: 403,
        body: { error: { code: 'unauthorized', message: 'Only the owner can do this.' } },
      }),
    })
    render(<AdminApp />, document.body)
    click(await until(() => button(document.body, 'Spam')))
    await until(() => said() === 'Only the owner can do this; ask them, or sign in as the owner.')
    expect(document.querySelector('#cn5')).not.toBeNull()
  })
})
