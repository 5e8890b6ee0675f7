// Thread keys of imported threads: the widget's key for the same page, and the owner's rewrites of it.
import { describe, expect, it } from 'vitest'
import { keyOf, mapKey, parseMaps } from '../../scripts/import/keys.mjs'

describe('keyOf', () => {
  it('gives every spelling of one page the path the widget reads from location.pathname', () => {
    const links = [
      'https://www.ann.example/blog/canals/',
      'http://ann.example/blog/canals/',
      'https://ann.example/blog/canals/?utm_source=feed',
      'https://ann.example/blog/canals/#disqus_thread',
      'HTTPS://ANN.example:443/blog/canals/',
    ]
    expect(new Set(links.map(keyOf))).toEqual(new Set(['/blog/canals/']))
  })

  it('encodes a path as a browser does', () => {
    expect(keyOf('https://ann.example/blog/café au lait')).toBe('/blog/caf%C3%A9%20au%20lait')
  })

  it('takes a bare path (Isso keeps those) and refuses what no page has', () => {
    expect(keyOf('/blog/x/')).toBe('/blog/x/')
    expect([keyOf(''), keyOf(null), keyOf('ann.example/x'), keyOf('javascript:alert(1)'), keyOf('ftp://x/y')]).toEqual([
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('mapKey', () => {
  const maps = parseMaps(['/blog/=/posts/', '/=/archive/'])

  it('rewrites the first prefix that fits, and only the prefix', () => {
    expect(mapKey('/blog/canals/', { maps })).toBe('/posts/canals/')
    expect(mapKey('/about', { maps })).toBe('/archive/about')
    expect(mapKey('/x/blog/', { maps: parseMaps(['/blog/=/posts/']) })).toBe('/x/blog/')
  })

  it('adds or removes the trailing slash, never the root', () => {
    expect(mapKey('/post', { trailingSlash: 'add' })).toBe('/post/')
    expect(mapKey('/post/', { trailingSlash: 'add' })).toBe('/post/')
    expect(mapKey('/post/', { trailingSlash: 'remove' })).toBe('/post')
    expect(mapKey('/', { trailingSlash: 'remove' })).toBe('/')
  })

  it('gives no key longer than the API takes', () => {
    expect(mapKey(`/${'a'.repeat(199)}`)).toHaveLength(200)
    expect(mapKey(`/${'a'.repeat(200)}`)).toBeNull()
  })
})

describe('parseMaps', () => {
  it('refuses a map that is not two paths', () => {
    for (const bad of ['/blog/', 'blog=/posts', '/blog=posts']) {
      expect(() => parseMaps([bad])).toThrow(`--map ${bad}: give OLD=NEW`)
    }
  })
})
