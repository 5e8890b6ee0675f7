// The admin page's calls to /api/admin/*: same-origin JSON with the session cookie; every failure thrown as ApiError.
import type {
  AdminComment,
  AdminFollower,
  AdminThread,
  AuditEntry,
  Block,
  MailHealth,
  OutboxEntry,
  Page,
  SessionResponse,
  Site,
} from '../../worker/admin-types'
import type { ErrorBody } from '../../worker/api-types'
import type { BlockKind, ModerationAction } from '../../worker/domain'
import { ApiError } from '../api'

type Query = Record<string, string | number | null | undefined>

const withQuery = (path: string, query: Query = {}) => {
  const q = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== '') q.set(key, String(value))
  return q.size ? `${path}?${q}` : path
}

async function call<T>(path: string, method = 'GET', body?: unknown): Promise<T> {
  let res: Response
  try {
    res = await fetch(`/api/admin${path}`, {
      method,
      credentials: 'same-origin',
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch (err) {
    throw new ApiError(0, 'network', err instanceof Error ? err.message : 'Network error')
  }
  const data: unknown = await res.json().catch(() => null)
  if (res.ok) return data as T
  const e = (data as ErrorBody | null)?.error
  throw new ApiError(res.status, e?.code ?? 'internal', e?.message ?? res.statusText, e?.field)
}

export type SiteChange = Partial<Omit<Site, 'id'>> & { newWebhookSecret?: boolean }

export const adminApi = {
  session: () => call<SessionResponse>('/session'),
  login: (user: string, password: string) => call<SessionResponse>('/login', 'POST', { user, password }),
  logout: () => call<null>('/logout', 'POST'),
  comments: (query: Query) => call<Page<AdminComment>>(withQuery('/comments', query)),
  moderate: (id: number, action: ModerationAction) =>
    call<{ comment: AdminComment }>(`/comments/${id}/${action}`, 'POST'),
  edit: (id: number, body: string) => call<{ comment: AdminComment }>(`/comments/${id}`, 'PATCH', { body }),
  threads: (query: Query) => call<Page<AdminThread>>(withQuery('/threads', query)),
  lock: (id: number, locked: boolean) =>
    call<{ thread: AdminThread }>(`/threads/${id}/${locked ? 'lock' : 'unlock'}`, 'POST'),
  followers: (threadId: number, cursor: string | null) =>
    call<Page<AdminFollower>>(withQuery(`/threads/${threadId}/followers`, { cursor })),
  /** A plain link: the browser downloads the file with the session cookie, no script involved. */
  mailHealth: (site: string, threadId?: number) =>
    call<{ health: MailHealth }>(withQuery('/mail-health', { site, thread: threadId })),
  followersCsvUrl: (threadId: number) => `/api/admin/threads/${threadId}/followers.csv`,
  /** The whole site as Parley's JSON, the same plain link. */
  exportUrl: (siteId: string) => `/api/admin/export?site=${encodeURIComponent(siteId)}`,
  blocks: () => call<{ items: Block[] }>('/blocks'),
  block: (kind: BlockKind, value: string, note?: string) =>
    call<{ block: Block }>('/blocks', 'POST', { kind, value, note }),
  unblock: (id: number) => call<null>(`/blocks/${id}`, 'DELETE'),
  outbox: (query: Query) => call<Page<OutboxEntry>>(withQuery('/outbox', query)),
  retry: (id: number) => call<{ entry: OutboxEntry }>(`/outbox/${id}/retry`, 'POST'),
  sites: () => call<{ items: Site[] }>('/sites'),
  addSite: (site: Omit<Site, 'webhookSecret'>) => call<{ site: Site }>('/sites', 'POST', site),
  updateSite: (id: string, change: SiteChange) =>
    call<{ site: Site }>(`/sites/${encodeURIComponent(id)}`, 'PATCH', change),
  audit: (cursor: string | null) => call<Page<AuditEntry>>(withQuery('/audit', { cursor })),
}

export type AdminApi = typeof adminApi
