// The app itself (worker/app.ts): the health check it answers beside the mounted routes.
import { describe, expect, it } from 'vitest'
import { request } from './support/request'

describe('GET /api/health', () => {
  it('answers ok', async () => {
    const res = await request('/api/health', { origin: null })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })
})
