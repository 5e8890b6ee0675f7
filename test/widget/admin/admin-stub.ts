// The admin API as the admin page's tests see it: a stubbed same-origin fetch, a held comment, the usual answers.
import { render } from 'preact'
import { vi } from 'vitest'
import type { AdminComment, Site } from '../../../worker/admin-types'

type Route = (body: unknown) => { status?: number; body?: unknown }

/** Stubs fetch for same-origin /api/admin calls; returns the list of "METHOD /path" requests made. */
export function stubAdmin(routes: Record<string, Route>) {
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

export const held: AdminComment = {
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
  spamScore: 0,
  spamReasons: [],
  thread: { id: 1, siteId: 'demo', key: '/post', title: 'A post', url: null },
  actions: ['approve', 'delete', 'spam'],
}

export const signedIn = () => ({ body: { user: 'owner' } })
export const unauthorized = {
  status: 401,
  body: { error: { code: 'unauthorized', message: 'Sign in at /admin first.' } },
}
export const page = (items: AdminComment[]) => () => ({ body: { items, nextCursor: null } })
export const noSites = () => ({ body: { items: [] } })

/** The text of the page's live region, where every result and error is said. */
export const said = () => document.querySelector('[role=status]')?.textContent

/** Speaks `lang` to the admin page, which follows the browser's language. */
export const browserLanguage = (lang: string) => vi.spyOn(navigator, 'language', 'get').mockReturnValue(lang)

/** Takes the admin page off the test page again, with its stubs. */
export function resetAdmin() {
  render(null, document.body)
  vi.unstubAllGlobals()
  location.hash = ''
}

/** A site as the admin API answers it, with a Slack webhook and its secret. */
export const hookedSite: Site = {
  id: 'blog',
  name: 'Blog',
  allowedOrigins: [],
  ownerEmail: null,
  notifyOwner: false,
  moderation: 'none',
  altGateModeration: 'first_time',
  language: 'nl',
  gate: 'code',
  spamThreshold: 3,
  webhookUrl: 'https://hooks.slack.com/services/T/B/x',
  webhookFormat: 'slack',
  eraseMode: 'anonymise',
  webhookSecret: 'whsec_old',
}
