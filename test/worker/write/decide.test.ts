// write/decide.ts: what becomes of a comment, from the request and the preflight's facts alone; no D1 involved.
import { describe, expect, it } from 'vitest'
import type { Moderation, Site } from '../../../worker/domain'
import { decideComment, needsKnownAuthor, type CommentAsked } from '../../../worker/write/decide'
import type { Preflight } from '../../../worker/write/preflight'

const site = (overrides: Partial<Site> = {}): Site => ({
  id: 'blog',
  name: 'Blog',
  allowedOrigins: ['https://blog.example'],
  ownerEmail: null,
  notifyOwner: false,
  moderation: 'none',
  altGateModeration: 'first_time',
  language: 'en',
  gate: 'code',
  spamThreshold: 3,
  webhookUrl: null,
  webhookFormat: 'parley',
  webhookSecret: null,
  eraseMode: 'anonymise',
  ...overrides,
})

const thread = { id: 7, siteId: 'blog', key: '/post', title: 'Post', url: null, commentCount: 1, locked: false }
const facts = (overrides: Partial<Preflight & { spamScore: number }> = {}) => ({
  thread,
  parent: null,
  blocked: false,
  knownAuthor: false,
  gate: 'code' as const,
  flooded: false,
  spamScore: 0,
  ...overrides,
})
const asked = (overrides: Partial<CommentAsked> = {}): CommentAsked => ({
  parentId: null,
  email: 'ann@example.org',
  follow: false,
  fromSite: true,
  ...overrides,
})

describe('decideComment', () => {
  it('publishes at once on a site without moderation', () => {
    expect(decideComment(site(), asked(), facts())).toEqual({
      status: 'published',
      shown: 'published',
      follow: false,
      owner: [],
    })
  })

  it('holds every comment on a site that moderates all', () => {
    expect(decideComment(site({ moderation: 'all' }), asked(), facts({ knownAuthor: true })).status).toBe('pending')
  })

  it('holds a first-time author and publishes a known one under first-time moderation', () => {
    const firstTime = site({ moderation: 'first_time' })
    expect(decideComment(firstTime, asked(), facts()).status).toBe('pending')
    expect(decideComment(firstTime, asked(), facts({ knownAuthor: true })).status).toBe('published')
    expect(decideComment(firstTime, asked({ email: null }), facts({ knownAuthor: true })).status).toBe('published')
  })

  it('moderates a comment that came through the alternative by the stricter of the two settings', () => {
    const status = (moderation: Moderation, altGateModeration: Moderation, known = false) =>
      decideComment(site({ moderation, altGateModeration }), asked(), facts({ gate: 'proof', knownAuthor: known }))
        .status
    expect(status('none', 'first_time')).toBe('pending')
    expect(status('none', 'first_time', true)).toBe('published')
    expect(status('none', 'none')).toBe('published')
    expect(status('none', 'all', true)).toBe('pending')
    expect(status('all', 'none')).toBe('pending')
    expect(status('first_time', 'none')).toBe('pending')
    // The code itself is moderated by the site's own setting only.
    const byCode = decideComment(site({ altGateModeration: 'all' }), asked(), facts({ gate: 'code' }))
    expect(byCode.status).toBe('published')
  })

  it("keeps a blocked sender's comment as spam and starts no follow, but shows it as the site would anyone's", () => {
    const shownAs = { none: 'published', first_time: 'pending', all: 'pending' } as const
    for (const moderation of ['none', 'first_time', 'all'] as const) {
      const decision = decideComment(site({ moderation }), asked({ follow: true }), facts({ blocked: true }))
      expect(decision).toMatchObject({ status: 'spam', shown: shownAs[moderation], follow: false })
    }
  })

  it('lets a request from outside the site write to an existing thread but never start one', () => {
    expect(decideComment(site(), asked({ fromSite: false }), facts()).status).toBe('published')
    expect(() => decideComment(site(), asked({ fromSite: false }), facts({ thread: null }))).toThrowError(
      expect.objectContaining({ code: 'not_found', field: 'thread' }),
    )
    expect(decideComment(site(), asked(), facts({ thread: null })).status).toBe('published')
  })

  it('records a follow only for an author who gave an address', () => {
    expect(decideComment(site(), asked({ follow: true }), facts()).follow).toBe(true)
    expect(decideComment(site(), asked({ follow: true, email: null }), facts()).follow).toBe(false)
  })

  it("mails the owner's address only when the site wants it and it is a mailbox; the webhook beside or instead", () => {
    const owner = (s: Partial<Site>) => decideComment(site(s), asked(), facts()).owner
    const [mail, webhookUrl] = [{ kind: 'owner', ownerEmail: 'me@blog.example' }, 'https://hooks.slack.com/T0/B0/x']
    const hook = { kind: 'webhook', host: 'hooks.slack.com' }
    expect(owner({ notifyOwner: true, ownerEmail: ' me@blog.example ' })).toEqual([mail])
    expect(owner({ notifyOwner: false, ownerEmail: 'me@blog.example' })).toEqual([])
    expect(owner({ notifyOwner: true, ownerEmail: 'not an address' })).toEqual([])
    expect(owner({ webhookUrl })).toEqual([hook])
    expect(owner({ webhookUrl, notifyOwner: true, ownerEmail: 'me@blog.example' })).toEqual([mail, hook])
  })

  it('refuses a comment on a closed thread with 409 conflict', () => {
    expect(() => decideComment(site(), asked(), facts({ thread: { ...thread, locked: true } }))).toThrowError(
      expect.objectContaining({ code: 'conflict', status: 409 }),
    )
  })

  it('refuses a reply to a comment of another thread, a held one, or none, with 400 on parentId', () => {
    const refusedParents = [
      null,
      { threadId: 8, status: 'published' as const },
      { threadId: 7, status: 'pending' as const },
      { threadId: 7, status: 'deleted' as const },
    ]
    for (const parent of refusedParents) {
      expect(() => decideComment(site(), asked({ parentId: 3 }), facts({ parent }))).toThrowError(
        expect.objectContaining({ code: 'validation_failed', field: 'parentId' }),
      )
    }
    expect(
      decideComment(site(), asked({ parentId: 3 }), facts({ parent: { threadId: 7, status: 'published' } })),
    ).toMatchObject({ status: 'published' })
  })
})

describe('needsKnownAuthor', () => {
  it('asks D1 about the author only under first-time moderation, and only of an author who proved who they are', () => {
    const proven = { key: crypto.randomUUID(), proven: true }
    const open = { altGateModeration: 'none' } as const
    expect(needsKnownAuthor(site({ ...open, moderation: 'first_time' }), proven)).toBe(true)
    expect(needsKnownAuthor(site({ ...open, moderation: 'first_time' }), { ...proven, proven: false })).toBe(false)
    expect(needsKnownAuthor(site({ ...open, moderation: 'all' }), proven)).toBe(false)
    expect(needsKnownAuthor(site(open), proven)).toBe(false)
    // The alternative's first-time moderation asks too: which way the author came is known only from the token.
    expect(needsKnownAuthor(site({ altGateModeration: 'first_time' }), proven)).toBe(true)
  })
})
