import { describe, expect, it } from 'vitest'
import type { AdminFollower, AdminThread, OutboxEntry, Page, Site } from '../../worker/admin-types'
import { csvField, toCsv } from '../../worker/admin/csv'
import { adminJson, adminRequest, signIn } from './admin-helpers'
import { recordedRequest } from './d1-tools'
import { ORIGIN, newThreadKey, postComment, postOk, seedSite, solvedChallenge, testEnv } from './helpers'
import { seedFollowers, uniqueEmail } from './mail-helpers'

async function threadId(site: string, key: string): Promise<number> {
  return (await testEnv.DB.prepare('SELECT id FROM threads WHERE site_id = ? AND key = ?')
    .bind(site, key)
    .first<number>('id'))!
}

describe('CSV', () => {
  it('defuses cells a spreadsheet would run as a formula: = + - @ tab and CR', () => {
    expect(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      `"'+1+2"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
    ])
  })

  it('quotes every field, doubles quotes, keeps commas and line breaks inside, and ends rows with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', 'plain@example.com'],
        ],
      ),
    ).toBe('"a","b"\r\n"x,y","say ""hi"""\r\n"line\nbreak","plain@example.com"\r\n')
  })
})

describe('GET /api/admin/threads/:id/followers(.csv)', () => {
  it("lists a thread's followers with their states", async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const [ann, bob] = [uniqueEmail('ann'), uniqueEmail('bob')]
    await seedFollowers(site, thread, [ann])
    await seedFollowers(site, thread, [bob], 'unsubscribed')
    const page = await adminJson<Page<AdminFollower>>(
      await signIn(),
      `/api/admin/threads/${await threadId(site, thread)}/followers`,
    )
    expect(page.items.map((f) => [f.email, f.state])).toEqual([
      [bob, 'unsubscribed'],
      [ann, 'active'],
    ])
  })

  it('exports them as an RFC 4180 file with formula-like addresses defused', async () => {
    const site = await seedSite({ id: `csv-${Date.now().toString(36)}` })
    const thread = newThreadKey()
    // Addresses may legally start with = + - or @-like text; seeded directly, as any value could end up stored.
    await seedFollowers(site, thread, [
      '=cmd|calc@example.com',
      '+31@example.com',
      '-x@example.com',
      '@sum@example.com',
      'plain@example.com',
    ])
    await seedFollowers(site, thread, ['quo"te,comma@example.com'], 'pending')
    const id = await threadId(site, thread)
    const res = await adminRequest(`/api/admin/threads/${id}/followers.csv`, { cookie: await signIn() })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present')
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="followers-${site}-${id}.csv"`)
    const lines = (await res.text()).split('\r\n')
    expect(lines[0]).toBe('"email","state","created_at","updated_at"')
    expect(lines.slice(1, -1).map((line) => line.split('","').slice(0, 2).join('","') + '"')).toEqual([
      `"'=cmd|calc@example.com","active"`,
      `"'+31@example.com","active"`,
      `"'-x@example.com","active"`,
      `"'@sum@example.com","active"`,
      `"plain@example.com","active"`,
      `"quo""te,comma@example.com","pending"`,
    ])
    expect(lines.at(-1)).toBe('')
    const log = await testEnv.DB.prepare('SELECT action, detail FROM admin_actions WHERE target = ?')
      .bind(`thread ${id}`)
      .first()
    expect(log).toEqual({ action: 'export_followers', detail: '6 rows' })
  })

  it('answers 404 for an unknown thread', async () => {
    expect((await adminRequest('/api/admin/threads/999999999/followers.csv', { cookie: await signIn() })).status).toBe(
      404,
    )
  })
})

describe('GET /api/admin/threads', () => {
  it("lists a site's threads newest first with their counts and lock state", async () => {
    const site = await seedSite()
    const [older, newer] = [newThreadKey(), newThreadKey()]
    await postOk(site, older)
    await postOk(site, newer)
    await postOk(site, newer)
    const page = await adminJson<Page<AdminThread>>(await signIn(), `/api/admin/threads?site=${site}`)
    expect(page.items.map((t) => [t.key, t.commentCount, t.locked])).toEqual([
      [newer, 2, false],
      [older, 1, false],
    ])
  })
})

describe('the mail outbox', () => {
  async function deadMail(): Promise<number> {
    const site = await seedSite()
    const thread = newThreadKey()
    const posted = await postOk(site, thread)
    const now = Date.now()
    const row = await testEnv.DB.prepare(
      `INSERT INTO outbox (kind, dedupe_key, recipient, thread_id, comment_id, state, attempts, next_attempt_at, last_error, created_at, updated_at)
       VALUES ('notify', ?, 'gone@example.com', ?, ?, 'dead', 6, ?, 'mailbox full', ?, ?) RETURNING id`,
    )
      .bind(`test:${crypto.randomUUID()}`, await threadId(site, thread), posted.comment.id, now, now, now)
      .first<number>('id')
    return row!
  }

  it('lists dead mails with their last error', async () => {
    const id = await deadMail()
    const page = await adminJson<Page<OutboxEntry>>(await signIn(), '/api/admin/outbox?state=dead')
    expect(page.items.find((e) => e.id === id)).toMatchObject({
      state: 'dead',
      attempts: 6,
      lastError: 'mailbox full',
      recipient: 'gone@example.com',
    })
  })

  it('sends a dead mail again: back to queued with fresh attempts, logged', async () => {
    const id = await deadMail()
    const cookie = await signIn()
    const { entry } = await adminJson<{ entry: OutboxEntry }>(cookie, `/api/admin/outbox/${id}/retry`, {
      method: 'POST',
    })
    // The local queue may already be working on it; either way it left 'dead' with its attempts reset.
    expect(entry.state === 'queued' || entry.state === 'sent' || entry.state === 'cancelled').toBe(true)
    expect(entry.attempts).toBeLessThanOrEqual(1)
    const again = await adminRequest(`/api/admin/outbox/${id}/retry`, { method: 'POST', cookie })
    expect(again.status).toBe(409)
    const log = await testEnv.DB.prepare('SELECT action, detail FROM admin_actions WHERE target = ?')
      .bind(`mail ${id}`)
      .first()
    expect(log).toEqual({ action: 'retry_mail', detail: 'gone@example.com' })
  })
})

describe('/api/admin/sites', () => {
  const newId = () => `s-${crypto.randomUUID().slice(0, 8)}`

  it('adds a site with defaults, lists it, and refuses the same id twice', async () => {
    const cookie = await signIn()
    const id = newId()
    const res = await adminRequest('/api/admin/sites', {
      method: 'POST',
      cookie,
      json: { id, name: 'My blog', allowedOrigins: ['https://blog.example.com'] },
    })
    expect(res.status).toBe(201)
    const site: Site = {
      id,
      name: 'My blog',
      allowedOrigins: ['https://blog.example.com'],
      ownerEmail: null,
      notifyOwner: false,
      moderation: 'none',
      language: 'en',
    }
    expect(await res.json()).toEqual({ site })
    expect((await adminJson<{ items: Site[] }>(cookie, '/api/admin/sites')).items).toContainEqual(site)
    const twice = await adminRequest('/api/admin/sites', {
      method: 'POST',
      cookie,
      json: { id, name: 'Again', allowedOrigins: [] },
    })
    expect(twice.status).toBe(409)
  })

  it('updates settings, and the public API follows them at once', async () => {
    const cookie = await signIn()
    const site = await seedSite()
    const { site: updated } = await adminJson<{ site: Site }>(cookie, `/api/admin/sites/${site}`, {
      method: 'PATCH',
      json: { moderation: 'all', language: 'nl', ownerEmail: 'Owner@Example.com', notifyOwner: true },
    })
    expect(updated).toEqual({
      id: site,
      name: 'Test site',
      allowedOrigins: [ORIGIN],
      ownerEmail: 'Owner@Example.com',
      notifyOwner: true,
      moderation: 'all',
      language: 'nl',
    })
    const posted = await postOk(site, newThreadKey())
    expect(posted.comment.status).toBe('pending')
    await adminJson(cookie, `/api/admin/sites/${site}`, {
      method: 'PATCH',
      json: { allowedOrigins: ['https://other.example'] },
    })
    expect((await postComment(site, newThreadKey())).status).toBe(403)
    const log = await testEnv.DB.prepare('SELECT detail FROM admin_actions WHERE target = ? ORDER BY id')
      .bind(`site ${site}`)
      .all()
    expect(log.results).toEqual([
      { detail: 'ownerEmail, notifyOwner, moderation, language' },
      { detail: 'allowedOrigins' },
    ])
  })

  it('refuses invalid settings field by field', async () => {
    const cookie = await signIn()
    const field = async (json: unknown) =>
      (
        (await (await adminRequest('/api/admin/sites', { method: 'POST', cookie, json })).json()) as {
          error: { field: string }
        }
      ).error.field
    const base = { id: newId(), name: 'Blog', allowedOrigins: [] }
    expect(await field({ ...base, id: 'has space' })).toBe('id')
    expect(await field({ ...base, name: '' })).toBe('name')
    expect(await field({ ...base, allowedOrigins: ['https://blog.example.com/path'] })).toBe('allowedOrigins')
    expect(await field({ ...base, allowedOrigins: 'https://blog.example.com' })).toBe('allowedOrigins')
    expect(await field({ ...base, moderation: 'some' })).toBe('moderation')
    expect(await field({ ...base, language: 'de' })).toBe('language')
    expect(await field({ ...base, ownerEmail: 'nope' })).toBe('ownerEmail')
    expect(await field({ ...base, notifyOwner: true })).toBe('ownerEmail')
  })

  it('answers 404 for an unknown site', async () => {
    expect(
      (
        await adminRequest('/api/admin/sites/nope-nope', {
          method: 'PATCH',
          cookie: await signIn(),
          json: { name: 'x' },
        })
      ).status,
    ).toBe(404)
  })
})

describe('query plans of the admin lists', () => {
  /** The plan of every statement that reads `table` while the Worker answers `path` as the signed-in owner. */
  async function plansFor(path: string, table: RegExp, init: RequestInit & { json?: unknown } = {}): Promise<string[]> {
    const headers = { cookie: await signIn(), origin: 'http://localhost' }
    const { res, calls } = await recordedRequest(path, { ...init, headers })
    expect(res.status).toBeLessThan(300)
    const statements = calls.flatMap((c) => c.statements).filter((st) => table.test(st.sql))
    expect(statements.length).toBeGreaterThan(0)
    return Promise.all(
      statements.map(async ({ sql, params }) =>
        (
          await testEnv.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
            .bind(...params)
            .all<{ detail: string }>()
        ).results
          .map((r) => r.detail)
          .join(' | '),
      ),
    )
  }

  it('serves held comments from comments_by_status and one thread from comments_by_thread', async () => {
    const site = await seedSite()
    await postOk(site, newThreadKey())
    expect(await plansFor('/api/admin/comments?state=pending', /FROM comments c/)).toEqual([
      expect.stringContaining('comments_by_status'),
    ])
    expect(await plansFor('/api/admin/comments?thread=1', /FROM comments c/)).toEqual([
      expect.stringContaining('comments_by_thread'),
    ])
  })

  it('serves the mail log by state from outbox_by_state_id', async () => {
    expect(await plansFor('/api/admin/outbox?state=dead', /FROM outbox/)).toEqual([
      expect.stringContaining('outbox_by_state_id'),
    ])
  })

  it('checks blocks on every post with the unique index, never a scan', async () => {
    const site = await seedSite()
    const { challengeToken, challengeAnswer } = await solvedChallenge(site)
    const json = { site, thread: newThreadKey(), name: 'Ann', body: 'Hi', challengeToken, challengeAnswer }
    const { res, calls } = await recordedRequest('/api/comments', { method: 'POST', json, headers: { origin: ORIGIN } })
    expect(res.status).toBe(201)
    const check = calls.flatMap((c) => c.statements).find((st) => /FROM blocks/.test(st.sql))!
    const detail = (
      await testEnv.DB.prepare(`EXPLAIN QUERY PLAN ${check.sql}`)
        .bind(...check.params)
        .all<{ detail: string }>()
    ).results
      .map((r) => r.detail)
      .join(' | ')
    expect(detail).toContain('sqlite_autoindex_blocks_1')
    expect(detail).not.toMatch(/SCAN blocks(?! USING)/)
  })
})
