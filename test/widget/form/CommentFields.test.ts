// The comment form once whole: labels, what is sent, the new comment in place, replies. Before: CommentForm.test.tsx.
import { afterEach, describe, expect, it } from 'vitest'
import type { PostCommentRequest } from '../../../worker/api-types'
import { comment } from '../api-stub'
import { created, ready } from '../form-bench'
import { click, reset, submit, type, until } from '../page'

afterEach(reset)

describe('CommentFields', () => {
  it('labels every field and describes the challenge image without giving the code away', async () => {
    const { form, fill } = await ready()
    await fill()
    for (const input of form.querySelectorAll('input:not([name=hp]), textarea')) {
      expect(form.querySelector(`label[for="${input.id}"]`), input.getAttribute('name') ?? '').not.toBeNull()
    }
    const alt = form.querySelector('img')?.getAttribute('alt') ?? ''
    expect(alt).toBe('Image with a code of 5 or 6 letters and digits: type it in below')
    const answer = form.querySelector('[name=challengeAnswer]')
    expect(answer?.getAttribute('autocomplete')).toBe('off')
    expect(answer?.getAttribute('autocapitalize')).toBe('characters')
    const hp = form.querySelector('[name=hp]')
    expect(hp?.getAttribute('tabindex')).toBe('-1')
    expect(hp?.getAttribute('aria-hidden')).toBe('true')
    expect(form.querySelectorAll('[aria-live=polite]')).toHaveLength(1)
  })

  it('sends the right JSON and shows the new comment without a reload', async () => {
    const { api, w, field, fill, status } = await ready()
    await fill({ website: 'bram.example' })
    type(field('follow'), '')
    ;(field('follow') as HTMLInputElement).checked = true
    submit(w.$('form'))
    await until(() => w.$('#parley-c50'))

    expect(api.of('POST', '/api/comments')[0]?.body).toEqual({
      site: 'demo',
      thread: '/post',
      threadTitle: '',
      threadUrl: 'http://localhost:3000/post',
      parentId: null,
      name: 'Bram',
      email: 'bram@example.nl',
      website: 'https://bram.example',
      body: 'Mooie route!',
      follow: true,
      challengeToken: expect.stringMatching(/^tok-/),
      challengeAnswer: 'ab3de',
    } satisfies PostCommentRequest)
    expect(w.$('#parley-c50')?.textContent).toContain('Mooie route!')
    expect(w.$('h2')?.textContent).toBe('2 comments')
    expect(field('body')?.value).toBe('')
    expect(field('name')?.value).toBe('Bram')
    expect(status()).toBe('Comment posted.')
    // The token is spent: a fresh code is ready for the next comment.
    await until(() => api.of('GET', '/api/challenge').length === 2)
    await until(() => expect(w.root?.activeElement?.id).toBe('parley-c50'))
    expect(JSON.parse(localStorage.getItem('parley-me') ?? '{}')).toEqual({
      name: 'Bram',
      email: 'bram@example.nl',
      website: 'https://bram.example',
    })
  })

  it('proves a returning author with the token the site gave last time, and keeps the new one per site', async () => {
    localStorage.setItem('parley-author', JSON.stringify({ demo: 'author-old', other: 'author-other' }))
    const { api, w, fill } = await ready()
    await fill()
    submit(w.$('form'))
    await until(() => w.$('#parley-c50'))
    expect((api.of('POST', '/api/comments')[0]?.body as PostCommentRequest).authorToken).toBe('author-old')
    // A typed address proves nothing (issue 15): only this token makes the author known to first-time moderation.
    expect(JSON.parse(localStorage.getItem('parley-author') ?? '{}')).toEqual({
      demo: 'author-1',
      other: 'author-other',
    })
  })

  it('announces the follow outcome and marks a pending comment', async () => {
    const { w, fill, status } = await ready('en', (req) => ({
      status: 201,
      body: created(req, { follow: 'requested', comment: comment(51, null, req.name, { status: 'pending' }) }),
    }))
    await fill()
    submit(w.$('form'))
    await until(() => w.$('#parley-c51'))
    expect(w.$('#parley-c51')?.textContent).toContain('awaiting approval')
    expect(status()).toBe('Comment posted; it is awaiting approval. Check your mailbox to confirm.')
    expect(w.$('h2')?.textContent).toBe('1 comment')
  })

  it('prefills the details remembered from last time', async () => {
    localStorage.setItem('parley-me', JSON.stringify({ name: 'Cas', email: 'cas@example.nl', website: '' }))
    const { field } = await ready()
    expect(field('name')?.value).toBe('Cas')
    expect(field('email')?.value).toBe('cas@example.nl')
  })

  it('checks required fields before sending and focuses the first one', async () => {
    const { api, w, form, field, fill } = await ready()
    await fill({ name: ' ', body: '' })
    submit(form)
    // The text comes first in the form.
    await until(() => expect(w.root?.activeElement).toBe(field('body')))
    expect(field('name')?.getAttribute('aria-invalid')).toBe('true')
    expect(field('body')?.getAttribute('aria-invalid')).toBe('true')
    expect(api.of('POST', '/api/comments')).toHaveLength(0)
  })

  it('asks for an email address when following is ticked without one', async () => {
    const { api, form, field, fill } = await ready()
    await fill({ email: '' })
    ;(field('follow') as HTMLInputElement).checked = true
    submit(form)
    await until(() => expect(field('email')?.getAttribute('aria-invalid')).toBe('true'))
    expect(api.of('POST', '/api/comments')).toHaveLength(0)
  })

  it('opens a reply form under the comment, posts the reply there, and closes on Escape', async () => {
    const { api, w } = await ready()
    const replyButton = w.$('#parley-c1 .acts button') as HTMLButtonElement
    expect(replyButton.textContent).toBe('Reply')
    click(replyButton)
    // The forms came with the main form: this one opens whole, with the focus in its text box.
    const replyForm = await until(() => w.$('#parley-c1 form [name=name]')?.closest('form'))
    expect(replyForm.textContent).toContain('Reply to Anna')
    await until(() => expect(w.root?.activeElement).toBe(replyForm.querySelector('textarea')))

    replyForm.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await until(() => !w.$('#parley-c1 form'))
    expect(w.root?.activeElement).toBe(replyButton)

    click(replyButton)
    const again = await until(() => w.$('#parley-c1 form [name=name]')?.closest('form'))
    await until(() => api.of('GET', '/api/challenge').length > 0 && again.querySelector('img'))
    for (const [k, v] of Object.entries({ name: 'Bram', body: 'Eens!', challengeAnswer: 'xyz12' }))
      type(again.querySelector(`[name=${k}]`), v)
    submit(again)
    await until(() => w.$('#parley-c50'))
    expect(api.of('POST', '/api/comments')[0]?.body).toMatchObject({ parentId: 1, body: 'Eens!' })
    expect(w.$('#parley-c1')?.parentElement?.querySelector(':scope > ol #parley-c50')).not.toBeNull()
    expect(w.$('#parley-c1 form')).toBeNull()
  })
})
