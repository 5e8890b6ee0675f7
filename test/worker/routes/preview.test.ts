// POST /api/preview: a comment's Markdown rendered as it would be stored, for the form's Preview.
import { describe, expect, it } from 'vitest'
import corpus from '../../corpus/hostile.json'
import { inertHtml } from '../../corpus/inert-html'
import type { PreviewResponse } from '../../../worker/api-types'
import { MAX_BODY_BYTES } from '../../../worker/limits'
import { listComments, postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request, testEnv, type RequestOptions } from '../support/request'
import { seedSite } from '../support/seed'

const previewOf = (json: unknown, options: RequestOptions = {}) =>
  request('/api/preview', { method: 'POST', json, ...options })

async function htmlOf(site: string, body: string): Promise<string> {
  const res = await previewOf({ site, body })
  expect(res.status).toBe(200)
  return ((await res.json()) as PreviewResponse).html
}

describe('POST /api/preview', () => {
  it('renders the Markdown subset, with the CORS grant of the site', async () => {
    const site = await seedSite()
    const res = await previewOf({ site, body: 'Hello **world**, see https://example.org' })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:8787')
    expect(await res.json()).toEqual({
      html:
        '<p>Hello <strong>world</strong>, see <a href="https://example.org" rel="nofollow ugc noopener" ' +
        'target="_blank">https://example.org</a></p>',
    })
  })

  it('answers hostile Markdown with inert HTML, the very HTML a posted comment gets', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    const bodies = ['<script>alert(1)</script>', '[x](javascript:alert(1))', '<img src=x onerror=alert(1)>']
    const hostile = [...bodies, ...corpus.strings.filter((s) => s.trim() !== '' && s.length < 5000).slice(0, 20)]
    const previews = new Map<number, string>()
    for (const body of hostile) {
      const html = await htmlOf(site, body)
      expect(inertHtml(html), html).toBe(true)
      const posted = await postOk(site, thread, { body })
      expect(html).toBe(posted.comment.html)
      previews.set(posted.comment.id, html)
    }
    // And as stored: what the thread lists afterwards (past the per-minute ceiling of a thread, the rest are held).
    const listed = (await listComments(site, thread)).comments
    expect(listed.length).toBeGreaterThanOrEqual(5)
    for (const c of listed) expect(c.html).toBe(previews.get(c.id))
  })

  it.each([
    ['a missing body', { body: undefined }, 'body'],
    ['an empty body', { body: '  \n ' }, 'body'],
    ['a body that is not a string', { body: ['x'] }, 'body'],
    ['a body over 5,000 characters', { body: 'x'.repeat(5001) }, 'body'],
    ['a missing site', { site: undefined }, 'site'],
  ])('refuses %s with 400 validation_failed', async (_label, fields, field) => {
    const site = await seedSite()
    const res = await previewOf({ site, body: 'Hi', ...fields })
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field } })
  })

  it('refuses broken JSON with 400, a body over the limit with 413 and another content type with 415', async () => {
    const site = await seedSite()
    const broken = await request('/api/preview', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"site":',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ error: { code: 'bad_request' } })
    const huge = await previewOf({ site, body: 'x'.repeat(MAX_BODY_BYTES) })
    expect(huge.status).toBe(413)
    expect(await huge.json()).toMatchObject({ error: { code: 'payload_too_large' } })
    const form = await request('/api/preview', { method: 'POST', body: `site=${site}&body=hi` })
    expect(form.status).toBe(415)
  })

  it('refuses an origin the site does not list with 403, and an unknown site with 404', async () => {
    const site = await seedSite()
    const other = await previewOf({ site, body: 'Hi' }, { origin: 'https://evil.example' })
    expect(other.status).toBe(403)
    expect(await other.json()).toMatchObject({ error: { code: 'forbidden_origin' } })
    expect((await previewOf({ site: 'no-such-site', body: 'Hi' })).status).toBe(404)
  })

  it('answers 429 with Retry-After once a network spent its previews, and others still preview', async () => {
    const site = await seedSite()
    const env = { ...testEnv, PREVIEWS_PER_10_MIN: '3' }
    const ip = '198.51.100.31'
    for (let i = 0; i < 3; i++) expect((await previewOf({ site, body: 'Hi' }, { ip, env })).status).toBe(200)
    const res = await previewOf({ site, body: 'Hi' }, { ip, env })
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await res.json()).toMatchObject({ error: { code: 'rate_limited' } })
    expect((await previewOf({ site, body: 'Hi' }, { ip: '198.51.100.32', env })).status).toBe(200)
  })
})
