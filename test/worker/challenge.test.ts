// The challenge code: drawing, the SVG image, token checks against a real D1, and GET /api/challenge.
import { exports } from 'cloudflare:workers'
import { describe, expect, it } from 'vitest'
import type { ChallengeResponse } from '../../worker/api-types'
import { app } from '../../worker/app'
import { drawCode, renderSvg } from '../../worker/challenge/draw'
import { ALPHABET, GLYPH_HEIGHT, GLYPH_WIDTH, GLYPHS } from '../../worker/challenge/glyphs'
import { checkChallenge, isChallengeReplayError, issueChallenge, markChallengeUsed } from '../../worker/challenge/token'
import { deleteExpiredChallenges, findUsedChallenge, insertUsedChallenge } from '../../worker/db/used-challenges'
import { ApiError } from '../../worker/errors'
import { keyedHash, signToken } from '../../worker/tokens'
import { BASE, request, seedSite, testEnv } from './helpers'

const NOW = Date.UTC(2026, 10, 20, 12, 0, 0)
const TEN_MINUTES = 10 * 60 * 1000

async function expectRefused(attempt: Promise<unknown>) {
  await expect(attempt).rejects.toBeInstanceOf(ApiError)
  await expect(attempt).rejects.toMatchObject({ code: 'challenge_failed', field: 'challengeAnswer', status: 403 })
}

/** Another code of the same length: right length, wrong characters. */
const wrongAnswer = (answer: string) => [...answer].map((ch) => (ch === 'A' ? 'C' : 'A')).join('')

const payloadOf = (token: string): Record<string, unknown> => {
  const part = token.split('.')[1] ?? ''
  return JSON.parse(atob(part.replace(/-/g, '+').replace(/_/g, '/')))
}

const base64url = (json: string) => btoa(json).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')

describe('drawCode', () => {
  it('draws 5 or 6 characters from the alphabet only', () => {
    const codes = Array.from({ length: 200 }, () => drawCode())
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${ALPHABET}]{5,6}$`))
    expect(new Set(codes.map((code) => code.length))).toEqual(new Set([5, 6]))
  })

  it('draws every character of the alphabet about equally often', () => {
    const counts = new Map<string, number>()
    for (let i = 0; i < 2000; i++) for (const ch of drawCode(6)) counts.set(ch, (counts.get(ch) ?? 0) + 1)
    const expected = (2000 * 6) / ALPHABET.length
    expect([...counts.keys()].sort()).toEqual([...ALPHABET].sort())
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.3)
  })

  it('refuses a length other than 5 or 6', () => {
    expect(() => drawCode(4)).toThrow(RangeError)
    expect(() => drawCode(7)).toThrow(RangeError)
  })
})

describe('glyphs', () => {
  it('has at least 22 characters and none of the look-alikes', () => {
    expect(ALPHABET.length).toBeGreaterThanOrEqual(22)
    expect(ALPHABET).toMatch(/^[A-Z0-9]+$/)
    for (const lookAlike of '0OQ1IL2Z5S8B') expect(ALPHABET).not.toContain(lookAlike)
  })

  it('keeps every stroke on the grid', () => {
    for (const glyph of Object.values(GLYPHS)) {
      for (const [x, y] of glyph.flat()) {
        expect(x).toBeGreaterThanOrEqual(0)
        expect(x).toBeLessThanOrEqual(GLYPH_WIDTH)
        expect(y).toBeGreaterThanOrEqual(0)
        expect(y).toBeLessThanOrEqual(GLYPH_HEIGHT)
      }
    }
  })
})

describe('renderSvg', () => {
  const samples = ['ACDEF', 'HJKMNP', 'RTUVW', 'XY3467', '9WXYA', ...Array.from({ length: 40 }, () => drawCode())]

  // Every number becomes '#' and every path's data is emptied: what is left is the only place text could hide.
  const skeleton = (svg: string) => svg.replace(/ d="[^"]*"/g, ' d=""').replace(/"-?\d+(\.\d+)?"/g, '"#"')
  const allowedTags = new Set([
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 70" width="#" height="#" fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">',
    '<path stroke-width="#" d=""/>',
    '<path stroke-width="#" stroke-opacity="#" d=""/>',
    '</svg>',
  ])

  it('draws only paths of numbers: no text, no font, no label and not the code in any form', () => {
    for (const code of samples) {
      const image = renderSvg(code)
      for (const tag of skeleton(image).match(/<[^>]*>/g) ?? []) expect(allowedTags).toContain(tag)
      for (const [, d = ''] of image.matchAll(/ d="([^"]*)"/g)) expect(d).toMatch(/^[MLCh0-9. -]+$/)
      expect(image).not.toMatch(/<text|font|<title|<desc|aria-/i)
      expect(image).not.toContain(code)
      expect(image).not.toContain([...code].reverse().join(''))
      expect(image).not.toContain(btoa(code).replace(/=+$/, ''))
    }
  })

  it('draws one stroke path for every stroke of every character', () => {
    for (const code of samples) {
      const strokes = [...code].reduce((sum, ch) => sum + (GLYPHS[ch]?.length ?? 0), 0)
      const glyphPaths = renderSvg(code).match(/<path stroke-width="[\d.]+" d=/g) ?? []
      expect(glyphPaths).toHaveLength(strokes)
    }
  })

  it('draws noise curves and dots in a lighter currentColor', () => {
    const image = renderSvg('ACDEF')
    expect((image.match(/stroke-opacity="/g) ?? []).length).toBeGreaterThanOrEqual(4)
    expect(image).not.toMatch(/#[0-9a-f]{3,6}\b|rgb|hsl/i)
  })

  it('rounds coordinates to one decimal and stays under 12 kB', () => {
    for (let i = 0; i < 20; i++) {
      const image = renderSvg(drawCode(6))
      expect(image).not.toMatch(/\d\.\d\d/)
      expect(new TextEncoder().encode(image).length).toBeLessThan(12 * 1024)
    }
  })
})

describe('issueChallenge', () => {
  it('signs a token that holds the id, the site and a hash, never the answer', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    const payload = payloadOf(issued.token)
    expect(Object.keys(payload).sort()).toEqual(['exp', 'h', 'iat', 'id', 'purpose', 'site'])
    expect(payload).toMatchObject({ site: 'demo', purpose: 'challenge' })
    expect(JSON.stringify(payload).toUpperCase()).not.toContain(issued.answer)
    expect(issued.expiresAt).toBe(new Date(NOW + TEN_MINUTES).toISOString())
  })
})

describe('checkChallenge', () => {
  it('accepts the right answer, trimmed and in any case, and writes nothing yet', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    const result = await checkChallenge(testEnv, 'demo', issued.token, `  ${issued.answer.toLowerCase()} `, NOW + 1000)
    expect(result).toEqual({ id: payloadOf(issued.token).id, expiresAt: NOW + TEN_MINUTES })
    expect(await findUsedChallenge(testEnv.DB, result.id)).toBeNull()
  })

  it('refuses a wrong answer and burns the token, so the right answer afterwards is refused too', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    await expectRefused(checkChallenge(testEnv, 'demo', issued.token, wrongAnswer(issued.answer), NOW))
    await expectRefused(checkChallenge(testEnv, 'demo', issued.token, issued.answer, NOW))
  })

  it('refuses a missing answer and burns the token', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    await expectRefused(checkChallenge(testEnv, 'demo', issued.token, undefined, NOW))
    expect(await findUsedChallenge(testEnv.DB, String(payloadOf(issued.token).id))).not.toBeNull()
  })

  it('refuses a token replayed after markChallengeUsed ran', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    const { id, expiresAt } = await checkChallenge(testEnv, 'demo', issued.token, issued.answer, NOW)
    await markChallengeUsed(testEnv.DB, id, expiresAt).run()
    await expectRefused(checkChallenge(testEnv, 'demo', issued.token, issued.answer, NOW))
  })

  it('accepts a token until its expiry and refuses it after', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    await expectRefused(checkChallenge(testEnv, 'demo', issued.token, issued.answer, NOW + TEN_MINUTES))
    await expect(
      checkChallenge(testEnv, 'demo', issued.token, issued.answer, NOW + TEN_MINUTES - 1000),
    ).resolves.toMatchObject({ expiresAt: NOW + TEN_MINUTES })
  })

  it('refuses a token signed with another key', async () => {
    const id = crypto.randomUUID()
    const otherKey = 'another-key-0123456789abcdef0123456789abcdef'
    const token = await signToken(
      otherKey,
      'challenge',
      { id, site: 'demo', h: await keyedHash(otherKey, `${id}:ACDEF`) },
      NOW + TEN_MINUTES,
    )
    await expectRefused(checkChallenge(testEnv, 'demo', token, 'ACDEF', NOW))
  })

  it('refuses a token whose payload was changed after signing', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    const [header, , signature] = issued.token.split('.')
    const payload = base64url(JSON.stringify({ ...payloadOf(issued.token), site: 'other' }))
    await expectRefused(checkChallenge(testEnv, 'other', `${header}.${payload}.${signature}`, issued.answer, NOW))
  })

  it('refuses a token signed for another purpose', async () => {
    const id = crypto.randomUUID()
    const claims = { id, site: 'demo', h: await keyedHash(testEnv.SIGNING_KEY, `${id}:ACDEF`) }
    const token = await signToken(testEnv.SIGNING_KEY, 'edit', claims, NOW + TEN_MINUTES)
    await expectRefused(checkChallenge(testEnv, 'demo', token, 'ACDEF', NOW))
  })

  it('refuses a token issued for another site', async () => {
    const issued = await issueChallenge(testEnv, 'demo', NOW)
    await expectRefused(checkChallenge(testEnv, 'other', issued.token, issued.answer, NOW))
  })

  it('refuses a missing or malformed token', async () => {
    await expectRefused(checkChallenge(testEnv, 'demo', undefined, 'ACDEF', NOW))
    await expectRefused(checkChallenge(testEnv, 'demo', 'not.a.token', 'ACDEF', NOW))
  })
})

describe('used challenges', () => {
  it('fails a batch that burns an already burnt token, writing nothing of it, and recognises that as a replay', async () => {
    const [id, otherId] = [crypto.randomUUID(), crypto.randomUUID()]
    await markChallengeUsed(testEnv.DB, id, NOW).run()
    const batch = testEnv.DB.batch([
      insertUsedChallenge(testEnv.DB, otherId, NOW),
      markChallengeUsed(testEnv.DB, id, NOW),
    ])
    const err = await batch.then(
      () => null,
      (e: unknown) => e,
    )
    expect(isChallengeReplayError(err)).toBe(true)
    expect(await findUsedChallenge(testEnv.DB, otherId)).toBeNull()
  })

  it('does not take other failures for a replay', async () => {
    await testEnv.DB.prepare('INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, ?)')
      .bind('k', NOW, 1)
      .run()
    const duplicate = await testEnv.DB.prepare('INSERT INTO rate_limits (key, window_start, hits) VALUES (?, ?, ?)')
      .bind('k', NOW, 1)
      .run()
      .then(
        () => null,
        (e: unknown) => e,
      )
    expect(duplicate).toBeInstanceOf(Error)
    expect(isChallengeReplayError(duplicate)).toBe(false)
    expect(isChallengeReplayError(new Error('boom'))).toBe(false)
    expect(isChallengeReplayError('UNIQUE constraint failed: used_challenges.id')).toBe(false)
  })

  it('deletes only the rows whose token has expired', async () => {
    const [expired, live] = [crypto.randomUUID(), crypto.randomUUID()]
    const later = NOW + 365 * 24 * 60 * 60 * 1000
    await testEnv.DB.batch([
      insertUsedChallenge(testEnv.DB, expired, later - 1),
      insertUsedChallenge(testEnv.DB, live, later + 1),
    ])
    expect(await deleteExpiredChallenges(testEnv.DB, later)).toBeGreaterThanOrEqual(1)
    expect(await findUsedChallenge(testEnv.DB, expired)).toBeNull()
    expect(await findUsedChallenge(testEnv.DB, live)).toEqual({ id: live, expiresAt: later + 1 })
  })
})

describe('GET /api/challenge', () => {
  it('answers a token for the site and an image, never cached', async () => {
    const site = await seedSite()
    const res = await request(`/api/challenge?site=${site}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const body = (await res.json()) as ChallengeResponse
    expect(Object.keys(body).sort()).toEqual(['answer', 'expiresAt', 'image', 'token'])
    expect(body.image).toMatch(/^<svg /)
    await expect(checkChallenge(testEnv, site, body.token, body.answer, Date.now())).resolves.toMatchObject({
      id: payloadOf(body.token).id,
    })
  })

  it('leaves the answer out for any host but localhost, and when EXPOSE_CHALLENGE_ANSWER is off', async () => {
    const site = await seedSite()
    const remote = await exports.default.fetch(`https://comments.example.com/api/challenge?site=${site}`)
    expect(Object.keys(await remote.json()).sort()).toEqual(['expiresAt', 'image', 'token'])
    const switchedOff = await app.request(`${BASE}/api/challenge?site=${site}`, undefined, {
      ...testEnv,
      EXPOSE_CHALLENGE_ANSWER: undefined,
    })
    expect(Object.keys(await switchedOff.json()).sort()).toEqual(['expiresAt', 'image', 'token'])
  })

  it('refuses a missing or over-long site with 400 validation_failed', async () => {
    const missing = await request('/api/challenge')
    expect(missing.status).toBe(400)
    expect(await missing.json()).toEqual({
      error: { code: 'validation_failed', message: 'site is required.', field: 'site' },
    })
    const long = await request(`/api/challenge?site=${'x'.repeat(65)}`)
    expect(long.status).toBe(400)
    expect(await long.json()).toEqual({
      error: { code: 'validation_failed', message: 'site must be at most 64 characters.', field: 'site' },
    })
  })

  it('answers 404 for an unknown site', async () => {
    const res = await request('/api/challenge?site=no-such-site')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'Unknown site "no-such-site".', field: 'site' },
    })
  })
})
