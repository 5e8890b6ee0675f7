// The challenge image: the code drawn from an alphabet without look-alikes, rendered as paths that do not hold it.
import { describe, expect, it } from 'vitest'
import { drawCode, renderSvg } from '../../../worker/challenge/draw'
import { ALPHABET, GLYPH_HEIGHT, GLYPH_WIDTH, GLYPHS } from '../../../worker/challenge/glyphs'

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
