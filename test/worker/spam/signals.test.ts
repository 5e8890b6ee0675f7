// spam/signals.ts: each cheap local signal, what it weighs, and that an ordinary comment scores nothing.
import { describe, expect, it } from 'vitest'
import { localVerdict, type Content, type Lookups } from '../../../worker/spam/signals'

const content = (overrides: Partial<Content> = {}): Content => ({
  body: 'I tried this recipe last night and the sauce came out a bit thin; more flour next time.',
  name: 'Ann',
  website: null,
  language: 'en',
  firstComment: true,
  ...overrides,
})
const nothing: Lookups = { duplicate: false, learned: [] }
const verdict = (overrides: Partial<Content> = {}, found: Partial<Lookups> = {}) =>
  localVerdict(content(overrides), { ...nothing, ...found })

describe('localVerdict', () => {
  it('scores an ordinary comment, in English or Dutch, with one link and a website, below the default threshold', () => {
    expect(verdict()).toEqual({ score: 0, reasons: [] })
    const dutch = 'Mooi stuk! Ik heb het zelf ook geprobeerd, zie https://nl.wikipedia.org/wiki/Zuurdesem voor meer.'
    expect(verdict({ body: dutch, language: 'nl', website: 'https://ann.example' })).toEqual({
      score: 1,
      reasons: ['website'],
    })
  })

  it('counts links: two are a little suspect, four or more as much as a strong signal', () => {
    const links = (n: number) => Array.from({ length: n }, (_, i) => `https://shop${i}.example/item`).join(' and ')
    expect(verdict({ body: `The shops I compared: ${links(2)}` })).toEqual({ score: 1, reasons: ['links'] })
    expect(verdict({ body: `The shops I compared: ${links(3)}` })).toEqual({ score: 2, reasons: ['links'] })
    expect(verdict({ body: `The shops I compared: ${links(6)}` })).toEqual({ score: 3, reasons: ['links'] })
  })

  it('holds a name that is a link or a domain', () => {
    expect(verdict({ name: 'cheap-pills.shop' })).toEqual({ score: 3, reasons: ['name_link'] })
    expect(verdict({ name: 'https://casino.example' })).toEqual({ score: 3, reasons: ['name_link'] })
    expect(verdict({ name: 'Ann de Vries' }).score).toBe(0)
  })

  it("holds a stranger's first comment that is only a link, not a known reader's", () => {
    const body = '[click](https://win.example/prize)'
    expect(verdict({ body })).toEqual({ score: 3, reasons: ['only_link'] })
    expect(verdict({ body: 'https://win.example/prize' })).toEqual({ score: 3, reasons: ['only_link'] })
    expect(verdict({ body, firstComment: false }).score).toBe(0)
  })

  it('holds a body repeated on the site within a day', () => {
    expect(verdict({}, { duplicate: true })).toEqual({ score: 3, reasons: ['duplicate'] })
  })

  it("holds a comment mostly in another script than the site's language, not a word or a name in one", () => {
    expect(verdict({ body: 'Дешевые лекарства без рецепта, доставка по всему миру' })).toEqual({
      score: 3,
      reasons: ['script'],
    })
    expect(verdict({ body: '高品质手表复制品，最优惠的价格，全球免费送货', language: 'nl' }).reasons).toEqual([
      'script',
    ])
    expect(verdict({ body: 'Lovely post about Moscow (Москва) and its metro stations.' }).score).toBe(0)
  })

  it('finds known spam phrases in every language a site speaks, in the body or the name, whatever the case or accents', () => {
    expect(verdict({ body: 'Nice. CLICK HERE!' })).toEqual({ score: 2, reasons: ['phrase'] })
    expect(verdict({ body: 'Snel geld verdienen? Klik hier.', language: 'nl' })).toEqual({
      score: 3,
      reasons: ['phrase'],
    })
    expect(verdict({ name: 'Online Casino' })).toEqual({ score: 2, reasons: ['phrase'] })
    expect(verdict({ body: 'Here, click on the heading to expand it.' }).score).toBe(0)
    expect(verdict({ body: 'Schnell Geld verdienen? Klicken Sie HIER!', language: 'de' })).toEqual({
      score: 3,
      reasons: ['phrase'],
    })
    expect(verdict({ name: 'Heiße Singles', language: 'de' })).toEqual({ score: 2, reasons: ['phrase'] })
    expect(verdict({ body: 'Gagnez de l’argent depuis chez vous\u00a0! Cliquez ici.', language: 'fr' })).toEqual({
      score: 3,
      reasons: ['phrase'],
    })
    expect(verdict({ body: 'Klicken Sie auf die Überschrift, um sie aufzuklappen.', language: 'de' }).score).toBe(0)
    expect(
      verdict({ body: 'Cliquez sur le titre pour déplier la section, c’est pratique.', language: 'fr' }).score,
    ).toBe(0)
  })

  it("holds what the owner's spam marks taught: the same text, or a link to the same host", () => {
    expect(verdict({}, { learned: ['body:abc'] })).toEqual({ score: 3, reasons: ['marked_spam'] })
    expect(verdict({}, { learned: ['host:pills.example'] })).toEqual({ score: 2, reasons: ['spam_link'] })
  })

  it('adds the signals up (two phrases count 3)', () => {
    const spam = {
      name: 'seo-boost.top',
      body: 'Buy backlinks: https://a.example https://b.example',
      website: 'https://x',
    }
    expect(verdict(spam)).toEqual({ score: 8, reasons: ['links', 'name_link', 'website', 'phrase'] })
  })
})
