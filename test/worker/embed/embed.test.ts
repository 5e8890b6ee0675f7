// GET /embed/S?thread=K: the thread as an HTML fragment a site includes at build time or at the edge.
import { describe, expect, it } from 'vitest'
import type { ListResponse } from '../../../worker/api-types'
import { postOk } from '../support/api'
import { newThreadKey } from '../support/ids'
import { request } from '../support/request'
import { seedSite, seedThread } from '../support/seed'

const embed = (site: string, thread: string) => request(`/embed/${site}?${new URLSearchParams({ thread })}`)

/** The contents of each `<script type=…>` of the fragment, by type. */
const scripts = (html: string) =>
  [...html.matchAll(/<script type="([^"]+)"[^>]*>([^<]*)<\/script>/g)].map(([, type, body]) => ({ type, body: body! }))

describe('GET /embed/:site', () => {
  it.each([
    ['de', '1 Kommentar', 'Antworten'],
    ['fr', '1 commentaire', 'Répondre'],
  ] as const)('speaks the language of a site in %s', async (language, heading, reply) => {
    const site = await seedSite({ language })
    const thread = newThreadKey()
    await postOk(site, thread, { name: 'Ann', body: 'Erste' })
    const html = await (await embed(site, thread)).text()
    expect(html).toContain(`<h2 id="parley-h">${heading}</h2>`)
    expect(html).toContain(`>${reply}</button>`)
  })

  it('renders the thread as the widget does: heading, permalinks, nested replies, dates, no script that runs', async () => {
    const site = await seedSite({ language: 'nl' })
    const thread = newThreadKey()
    const first = await postOk(site, thread, {
      name: 'Ann',
      body: 'Eerste *reactie*',
      threadUrl: 'http://localhost:8787/a',
    })
    const reply = await postOk(site, thread, { name: 'Bob', body: 'Antwoord', parentId: first.comment.id })
    const res = await embed(site, thread)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
    const html = await res.text()
    // A declarative shadow root of the target, with the widget's own styles: the page's CSS stays out, as for the widget.
    expect(html).toMatch(/^<template shadowrootmode="open"><style>[^<]*:host\s*\{/)
    expect(html).toContain('<h2 id="parley-h">2 reacties</h2>')
    expect(html).toContain(`<article id="parley-c${first.comment.id}"`)
    expect(html).toContain(`href="#parley-c${reply.comment.id}"`)
    expect(html).toContain('<p>Eerste <em>reactie</em></p>')
    // The reply sits in a list inside its parent's item.
    expect(html).toMatch(new RegExp(`parley-c${first.comment.id}".*?<ol><li><article id="parley-c${reply.comment.id}"`))
    expect(html).toContain(`<time datetime="${first.comment.createdAt}"`)
    expect(html).toContain(
      `<link rel="alternate" type="application/atom+xml" href="http://localhost/feed/${site}.atom?thread=`,
    )
    expect(scripts(html).map((s) => s.type)).toEqual(['application/json', 'application/ld+json'])
    expect(html.match(/<script/g)).toHaveLength(2)
  })

  it('carries the first page as the API gives it, for the widget to take over without asking again', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await postOk(site, thread, { body: 'One' })
    const html = await (await embed(site, thread)).text()
    const api = (await (
      await request(`/api/comments?site=${site}&thread=${encodeURIComponent(thread)}`)
    ).json()) as ListResponse
    expect(JSON.parse(scripts(html)[0]!.body)).toEqual(api)
  })

  it('describes the discussion in schema.org JSON-LD: each comment with author, date, text, permalink and replies', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedThread(site, thread, { title: 'Sourdough', url: 'https://blog.example/sourdough' })
    const first = await postOk(site, thread, {
      name: 'Ann',
      body: 'Lovely **bread** & butter',
      website: 'https://ann.example',
    })
    const reply = await postOk(site, thread, { name: 'Bob', body: 'Agreed', parentId: first.comment.id })
    const ld = JSON.parse(scripts(await (await embed(site, thread)).text())[1]!.body) as Record<string, unknown>
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': 'https://blog.example/sourdough',
      url: 'https://blog.example/sourdough',
      name: 'Sourdough',
      commentCount: 2,
      interactionStatistic: {
        '@type': 'InteractionCounter',
        interactionType: 'https://schema.org/CommentAction',
        userInteractionCount: 2,
      },
      comment: [
        {
          '@type': 'Comment',
          url: `https://blog.example/sourdough#parley-c${first.comment.id}`,
          author: { '@type': 'Person', name: 'Ann', url: 'https://ann.example/' },
          datePublished: first.comment.createdAt,
          text: 'Lovely bread & butter',
          comment: [
            {
              '@type': 'Comment',
              url: `https://blog.example/sourdough#parley-c${reply.comment.id}`,
              author: { '@type': 'Person', name: 'Bob' },
              datePublished: reply.comment.createdAt,
              text: 'Agreed',
            },
          ],
        },
      ],
    })
  })

  it('answers an unknown site or thread with an empty thread, 200', async () => {
    const site = await seedSite()
    for (const res of [await embed(site, '/nothing-yet'), await embed('no-such-site', '/x')]) {
      expect(res.status).toBe(200)
      const html = await res.text()
      expect(html).toContain('<h2 id="parley-h">Comments</h2>')
      expect(html).toContain('No comments yet')
    }
  })

  it('refuses a request without a thread, or with an over-long one, with 400 validation_failed', async () => {
    const site = await seedSite()
    for (const path of [`/embed/${site}`, `/embed/${site}?thread=${'x'.repeat(2000)}`]) {
      const res = await request(path)
      expect(res.status).toBe(400)
      expect(await res.json()).toMatchObject({ error: { code: 'validation_failed', field: 'thread' } })
    }
  })
})
