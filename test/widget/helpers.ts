// Test helpers: realistic API fixtures, a stubbed fetch that records requests, and mounting the widget as a page would.
import { render } from 'preact'
import { vi } from 'vitest'
import type { ChallengeResponse, Comment, ErrorBody, ListResponse } from '../../worker/api-types'
import { boot } from '../../widget/boot'
import { forms } from '../../widget/form'
import { formsLoaded } from '../../widget/lazy'

export const API = 'https://comments.example.net'

export type Call = {
  method: string
  path: string
  query: URLSearchParams
  body: unknown
  headers: Record<string, string>
}
export type Reply = { status?: number; body?: unknown; headers?: Record<string, string> }
type Handler = (call: Call, calls: Call[]) => Reply

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()

export function comment(id: number, parentId: number | null, name: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId,
    name,
    website: null,
    avatar: name.slice(0, 2).toUpperCase(),
    html: `<p>Comment ${id} by ${name}</p>`,
    createdAt: minutesAgo(100 - id),
    editedAt: null,
    status: 'published',
    ...extra,
  }
}

export const list = (comments: Comment[], nextCursor: string | null = null, key = '/post'): ListResponse => ({
  thread: { key, title: 'A post', url: null, commentCount: comments.length },
  comments,
  nextCursor,
})

let codes = 0
/** Each call draws a new challenge, so tests can tell one image from the next. */
export const challenge = (): ChallengeResponse => {
  codes += 1
  return {
    token: `tok-${codes}`,
    image: `<svg xmlns="http://www.w3.org/2000/svg"><path d="M${codes} 0"/></svg>`,
    expiresAt: new Date(Date.now() + 600_000).toISOString(),
  }
}

export const apiError = (status: number, code: ErrorBody['error']['code'], message: string, field?: string): Reply => ({
  status,
  body: { error: field ? { code, message, field } : { code, message } } satisfies ErrorBody,
})

/** Stubs fetch; `routes` maps "METHOD /path" to a handler. Unrouted requests fail the test loudly. */
export function stubApi(routes: Record<string, Handler>) {
  const calls: Call[] = []
  const fetch = vi.fn(async (input: string | URL, init: RequestInit = {}) => {
    const url = new URL(String(input))
    const method = init.method ?? 'GET'
    const path = url.pathname.replace(/\/\d+$/, '/:id')
    const call: Call = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      headers: (init.headers ?? {}) as Record<string, string>,
    }
    calls.push(call)
    const handler = routes[`${method} ${path}`]
    if (!handler) throw new Error(`unexpected request ${method} ${url}`)
    const { status = 200, body, headers } = handler(call, calls)
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    })
  })
  vi.stubGlobal('fetch', fetch)
  return { calls, of: (method: string, path: string) => calls.filter((c) => c.method === method && c.path === path) }
}

/** The widget's requests for parley-form.js; `fail` makes the next ones fail as a network error would. */
export const formScript = { requests: 0, fail: false }

// The browser's part: a script tag for parley-form.js is fetched and run before its load event. happy-dom loads no
// files, so here the forms come from the source, handed over just as widget/form/entry.ts does.
document.addEventListener(
  'load',
  (e) => {
    const script = e.target as HTMLScriptElement
    if (!script.src?.endsWith('/parley-form.js')) return
    formScript.requests += 1
    if (!formScript.fail) return formsLoaded(forms)
    e.stopImmediatePropagation()
    script.dispatchEvent(new Event('error'))
  },
  true,
)

const mounted: ShadowRoot[] = []

/** Builds the page the way a site owner would (target div + script tag) and boots the widget. */
export function mount({ lang = 'en', attrs = {} as Record<string, string>, body = '<div id="parley"></div>' } = {}) {
  document.documentElement.lang = lang
  document.body.innerHTML = body
  const script = document.createElement('script')
  script.src = `${API}/parley.js`
  script.dataset.site = 'demo'
  script.dataset.thread = '/post'
  for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v)
  document.body.append(script)
  boot(script)
  const host = document.getElementById('parley')
  const root = host?.shadowRoot ?? null
  if (root) mounted.push(root)
  const $ = <T extends Element = HTMLElement>(sel: string) => root?.querySelector<T>(sel) ?? null
  const $$ = <T extends Element = HTMLElement>(sel: string) => [...(root?.querySelectorAll<T>(sel) ?? [])]
  return { host, root, $, $$, text: () => root?.textContent ?? '' }
}

/** Retries `check` until it stops throwing (the widget renders asynchronously), for at most a second. */
export async function until<T>(check: () => T, ms = 1000): Promise<NonNullable<T>> {
  const end = Date.now() + ms
  for (;;) {
    try {
      const out = check()
      if (out === false || out === null || out === undefined) throw new Error('not yet')
      return out as NonNullable<T>
    } catch (err) {
      if (Date.now() > end) throw err
      await new Promise((r) => setTimeout(r, 5))
    }
  }
}

/**
 * What a reader does first: focus the form's text box, which brings the rest of the form (parley-form.js) with the
 * focus kept there. Resolves to the full form.
 */
export async function openForm(find: () => HTMLFormElement | null): Promise<HTMLFormElement> {
  find()?.querySelector('textarea')?.focus()
  return until(() => {
    const form = find()
    return form?.elements.namedItem('name') ? form : null
  })
}

export const settle = () => new Promise((r) => setTimeout(r, 20))

export function type(el: Element | null, value: string) {
  const input = el as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

export function submit(form: Element | null) {
  form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
}

export function click(el: Element | null) {
  if (!el) throw new Error('nothing to click')
  ;(el as HTMLElement).click()
}

export function reset() {
  // Unmount, so that no widget of an earlier test keeps timers or requests running.
  for (const root of mounted.splice(0)) render(null, root)
  Object.assign(formScript, { requests: 0, fail: false })
  vi.unstubAllGlobals()
  localStorage.clear()
  document.head.innerHTML = ''
  document.body.innerHTML = ''
  history.replaceState(null, '', '/post')
}
