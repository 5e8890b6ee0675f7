// The admin page for an admin signed in through Cloudflare Access: who they are and for which sites, no Blocks tab
// (blocks are the owner's), and signing out through Access's own logout.
import { render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { AdminApp } from '../../widget/admin/components/AdminApp'
import { click, until } from './helpers'

/** Answers the admin API from `answers` by "METHOD /path"; records the calls. */
function answerAdmin(answers: Record<string, unknown>) {
  const calls: string[] = []
  vi.stubGlobal('fetch', async (path: string, init: RequestInit = {}) => {
    const call = `${init.method ?? 'GET'} ${path.split('?')[0]}`
    calls.push(call)
    if (!(call in answers)) throw new Error(`unexpected ${call}`)
    const body = answers[call]
    return new Response(body === null ? null : JSON.stringify(body), { status: body === null ? 204 : 200 })
  })
  return calls
}

afterEach(() => {
  render(null, document.body)
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
  location.hash = ''
})

describe('the admin page, signed in through Cloudflare Access', () => {
  it('says who is signed in and for which sites, and leaves out the owner-only Blocks tab', async () => {
    answerAdmin({
      'GET /api/admin/session': { user: 'ann@example.org', access: { sites: ['blog', 'docs'] } },
      'GET /api/admin/comments': { items: [], nextCursor: null },
      'GET /api/admin/sites': { items: [] },
    })
    render(<AdminApp />, document.body)
    const who = await until(() => document.querySelector('header .meta'))
    expect(who.textContent).toBe('Signed in as ann@example.org through Cloudflare Access, for blog, docs')
    const tabs = [...document.querySelectorAll('nav a')].map((a) => a.textContent)
    expect(tabs).toEqual(['Comments', 'Threads', 'Mail', 'Sites', 'Log'])
  })

  it("signs out by Access's logout page", async () => {
    const calls = answerAdmin({
      'GET /api/admin/session': { user: 'ann@example.org', access: { sites: ['blog'] } },
      'GET /api/admin/comments': { items: [], nextCursor: null },
      'GET /api/admin/sites': { items: [] },
      'POST /api/admin/logout': null,
    })
    const assign = vi.spyOn(location, 'assign').mockImplementation(() => {})
    render(<AdminApp />, document.body)
    const signOut = await until(() =>
      [...document.querySelectorAll('button')].find((b) => b.textContent === 'Sign out'),
    )
    click(signOut)
    await until(() => assign.mock.calls.length > 0)
    expect(calls).toContain('POST /api/admin/logout')
    expect(assign).toHaveBeenCalledWith('/cdn-cgi/access/logout')
  })
})
