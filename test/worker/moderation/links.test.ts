// The owner's moderation links (moderation/links.ts): only the actions that make sense for the comment's state.
import { describe, expect, it } from 'vitest'
import { moderationLinks } from '../../../worker/moderation/links'
import { testEnv } from '../support/request'

describe('moderationLinks', () => {
  it('offers no approve link for a comment that is published already', async () => {
    const links = await moderationLinks(testEnv, 1, 'published', Date.now())
    expect(links.map((l) => l.action)).toEqual(['delete', 'spam'])
  })
})
