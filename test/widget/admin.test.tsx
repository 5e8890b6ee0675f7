// The admin page in happy-dom against a stubbed /api/admin: sign-in, moderating a held comment, and a lost session.
import { render } from 'preact'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { AdminComment } from '../../worker/admin-types'
import { AdminApp } from '../../widget/admin/components/AdminApp'
import { click, submit, type, until } from './helpers'

type Route = (body: unknown) => { status?: number; body?: unknown }

/** Stubs fetch for same-origin /api/admin calls; returns the list of "METHOD /path" requests made. */
function stubAdmin(routes: Record<string, Route>) {
  const calls: string[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init: RequestInit = {}) => {
      const key = `${init.method ?? 'GET'} ${input.split('?')[0]}`
      calls.push(key)
      const route = routes[key]
      if (!route) throw new Error(`unexpected request ${key}`)
      const { status = 200, body } = route(typeof init.body === 'string' ? JSON.parse(init.body) : undefined)
      return new Response(body === undefined ? null : JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      })
    }),
  )
  return calls
}

const held: AdminComment = {
  id: 5,
  parentId: null,
  name: 'Ann',
  email: 'ann@example.com',
  website: null,
  ipHash: '0123456789abcdef0123456789abcdef',
  body: 'Hello',
  html: '<p>Hello</p>',
  status: 'pending',
  createdAt: new Date().toISOString(),
  editedAt: null,
  thread: { id: 1, siteId: 'demo', key: '/post', title: 'A post', url: null },
  actions: ['approve', 'delete', 'spam'],
}

const unauthorized = { status: 401, body: { error: { code: 'unauthorized', message: 'Sign in at /admin first.' } } }
const page = (items: AdminComment[]) => ({ body: { items, nextCursor: null } })
const sites = () => ({ body: { items: [] } })
const button = (text: string) => [...document.querySelectorAll('button')].find((b) => b.textContent === text) ?? null
const said = () => document.querySelector('[role=status]')?.textContent

afterEach(() => {
  render(null, document.body)
  vi.unstubAllGlobals()
  location.hash = ''
})

describe('the admin page', () => {
  it('asks to sign in, says a wrong password next to the field, and opens the held comments once signed in', async () => {
    stubAdmin({
      'GET /api/admin/session': () => unauthorized,
      'POST /api/admin/login': (b) =>
        (b as { password: string }).password === 'right'
          ? { body: { user: 'owner' } }
          : { status: 401, body: unauthorized.body },
      'GET /api/admin/comments': () => page([held]),
      'GET /api/admin/sites': sites,
    })
    render(<AdminApp />, document.body)
    const password = await until(() => document.querySelector<HTMLInputElement>('#lp'))
    type(document.querySelector('#lu'), 'owner')
    type(password, 'wrong')
    submit(document.querySelector('form'))
    await until(() => password.getAttribute('aria-invalid') === 'true')
    expect(document.querySelector('#lpe')?.textContent).toBe('The user name or password is not right.')
    type(password, 'right')
    submit(document.querySelector('form'))
    await until(() => document.querySelector('#cn5'))
    expect(said()).toBe('Signed in as owner')
    expect(document.querySelector('a[aria-current=page]')?.textContent).toBe('Comments')
  })

  it('approves a held comment, shows its new state and announces it', async () => {
    const calls = stubAdmin({
      'GET /api/admin/session': () => ({ body: { user: 'owner' } }),
      'GET /api/admin/comments': () => page([held]),
      'GET /api/admin/sites': sites,
      'POST /api/admin/comments/5/approve': () => ({
        body: { comment: { ...held, status: 'published', actions: ['delete', 'spam'] } },
      }),
    })
    render(<AdminApp />, document.body)
    click(await until(() => button('Approve')))
    await until(() => said() === 'Comment 5: approved.')
    expect(calls).toContain('POST /api/admin/comments/5/approve')
    expect(document.querySelector('.badge')?.textContent).toBe('published')
    expect(button('Approve')).toBeNull()
  })

  it('goes back to the sign-in form when the session has ended', async () => {
    stubAdmin({
      'GET /api/admin/session': () => ({ body: { user: 'owner' } }),
      'GET /api/admin/comments': () => page([held]),
      'GET /api/admin/sites': sites,
      'POST /api/admin/comments/5/spam': () => unauthorized,
    })
    render(<AdminApp />, document.body)
    click(await until(() => button('Spam')))
    await until(() => document.querySelector('#lp'))
    expect(said()).toBe('Your session has ended. Please sign in again.')
  })
})
