// GET /admin (admin/page.ts): the admin page and its script, kept out of frames, other origins and the reader's widget.
import { describe, expect, it } from 'vitest'
import { request, testEnv } from '../support/request'

// The built files (`npm run build`, which `npm test` runs first) as the Worker's static assets see them.
const asset = async (path: string) => (await testEnv.ASSETS.fetch(`http://localhost${path}`)).text()

describe('GET /admin', () => {
  it('serves the admin page with headers that keep it out of frames and other origins', async () => {
    for (const path of ['/admin', '/admin/']) {
      const res = await request(path, { origin: null })
      expect(res.status, 'widget/dist/admin/ is missing: run `npm run build` first').toBe(200)
      expect(res.headers.get('content-type')).toMatch(/^text\/html/)
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'")
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(await res.text()).toContain('<div id="admin">')
    }
  })

  it('serves its script from /admin/assets/ with the same headers', async () => {
    const script = (await asset('/admin/')).match(/src="(\/admin\/assets\/[^"]+\.js)"/)?.[1]
    expect(script).toBeDefined()
    const res = await request(script!, { origin: null })
    expect(res.status).toBe(200)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(await res.text()).toContain('/api/admin')
  })

  it("keeps the admin code out of the reader's parley.js", async () => {
    const widget = await asset('/parley.js')
    expect(widget.length).toBeGreaterThan(1000)
    expect(widget).not.toContain('/api/admin')
  })
})
