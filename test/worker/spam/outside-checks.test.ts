// Akismet and Workers AI in the content checks, each off unless configured, against local stand-ins: Akismet's
// comment-check served by the test, and an AI binding that answers as a text model does.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { PostCommentResponse } from '../../../worker/api-types'
import type { AiBinding, Env } from '../../../worker/env'
import { SPAM_MODEL } from '../../../worker/spam/workers-ai'
import { adminComments, signIn } from '../support/admin'
import { testEnv } from '../support/request'
import { seedSite } from '../support/seed'
import { akismetStandIn, postOn, serveStandIn } from '../support/stand-ins'

const COMMENT_CHECK = 'https://rest.akismet.com/1.1/comment-check'
const KEY = 'stand-in-key'
const withAkismet: Env = { ...testEnv, AKISMET_KEY: KEY }
/** Akismet's documented test author, always spam. */
const SPAMMER = 'akismet-guaranteed-spam'

afterEach(() => vi.restoreAllMocks())

async function posted(env: Env, site: string, fields: Record<string, unknown>) {
  const res = await postOn(env, site, fields)
  expect(res.status).toBe(201)
  const { comment } = await res.json<PostCommentResponse>()
  const stored = (await adminComments(await signIn(), `site=${site}`)).items.find((c) => c.id === comment.id)!
  return { status: stored.status, score: stored.spamScore, reasons: stored.spamReasons }
}

describe('Akismet', () => {
  it('is not asked without AKISMET_KEY', async () => {
    const seen = serveStandIn(COMMENT_CHECK, akismetStandIn(KEY))
    expect(await posted(testEnv, await seedSite(), { name: SPAMMER })).toMatchObject({ status: 'published' })
    expect(seen).toEqual([])
  })

  it('holds what it calls spam, and tells it what its documentation asks for', async () => {
    const seen = serveStandIn(COMMENT_CHECK, akismetStandIn(KEY))
    const site = await seedSite({ language: 'nl' })
    const fields = { name: SPAMMER, email: 'ann@example.com', threadUrl: 'http://localhost:8787/post' }
    expect(await posted(withAkismet, site, fields)).toEqual({ status: 'pending', score: 3, reasons: ['akismet'] })
    expect(Object.fromEntries(new URLSearchParams(await seen[0]!.text()))).toMatchObject({
      api_key: KEY,
      blog: 'http://localhost:8787',
      comment_type: 'comment',
      comment_author: SPAMMER,
      comment_author_email: 'ann@example.com',
      comment_content: 'Hello',
      blog_lang: 'nl',
      permalink: 'http://localhost:8787/post',
      user_ip: expect.stringMatching(/\d/),
    })
    const blatant = await posted(withAkismet, site, { name: SPAMMER, body: 'blatant' })
    expect(blatant).toMatchObject({ score: 5, reasons: ['akismet'] })
    expect(await posted(withAkismet, site, { body: 'A kind word.' })).toMatchObject({ status: 'published', score: 0 })
  })

  it('is skipped for a comment held already, and a wrong key or an outage only leaves it out', async () => {
    const seen = serveStandIn(COMMENT_CHECK, akismetStandIn(KEY))
    const site = await seedSite()
    await posted(withAkismet, site, { name: 'cheap-pills.shop' })
    expect(seen).toEqual([])
    const wrongKey = { ...withAkismet, AKISMET_KEY: 'wrong' }
    expect(await posted(wrongKey, site, { name: SPAMMER })).toMatchObject({ status: 'published' })
    vi.restoreAllMocks()
    serveStandIn(COMMENT_CHECK, () => Promise.reject(new TypeError('network down')))
    expect(await posted(withAkismet, site, { name: SPAMMER })).toMatchObject({ status: 'published' })
  })
})

describe('Workers AI', () => {
  const ai = (answer: (text: string) => string | Promise<string>) => {
    const runs: { model: string; input: { messages: { content: string }[]; max_tokens: number } }[] = []
    const binding: AiBinding = {
      run: async (model, input) => {
        runs.push({ model, input: input as (typeof runs)[number]['input'] })
        return { response: await answer((input as (typeof runs)[number]['input']).messages[1]!.content) }
      },
    }
    return { runs, env: { ...testEnv, AI: binding } }
  }

  it('holds what the model calls spam, with the small model and a one-word answer', async () => {
    const { runs, env } = ai((text) => (text.includes('win big') ? 'Spam.' : 'ok'))
    const site = await seedSite()
    expect(await posted(env, site, { body: 'Play now and win big' })).toEqual({
      status: 'pending',
      score: 3,
      reasons: ['ai'],
    })
    expect(runs[0]).toMatchObject({ model: SPAM_MODEL, input: { max_tokens: 3 } })
    expect(runs[0]!.input.messages[1]!.content).toBe('Name: Ann\nWebsite: -\nComment:\nPlay now and win big')
    expect(await posted(env, site, { body: 'Thanks, this helped.' })).toMatchObject({ status: 'published' })
  })

  it('leaves a comment as the local checks see it when the model fails', async () => {
    const { env } = ai(() => Promise.reject(new Error('3040: capacity exceeded')))
    expect(await posted(env, await seedSite(), { body: 'Hello' })).toMatchObject({ status: 'published', score: 0 })
  })
})
