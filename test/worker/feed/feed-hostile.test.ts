// Hostile comment text (test/corpus/hostile.json) in a feed: escaped, so the feed's only markup is its own.
import { describe, expect, it } from 'vitest'
import { newThreadKey } from '../support/ids'
import { seedHostileComments } from '../support/hostile'
import { request } from '../support/request'
import { seedSite, seedThread } from '../support/seed'

/** The tags an Atom feed of Parley's is made of, and nothing else. */
const OWN_TAGS = /<\/?(feed|id|title|updated|link|generator|entry|author|name|uri|published|content)(\s[^<>]*)?\/?>/g

describe('GET /feed/:site.atom with hostile comments', () => {
  it('escapes every name, website and text, and drops what XML cannot hold', async () => {
    const site = await seedSite()
    const thread = newThreadKey()
    await seedHostileComments(await seedThread(site, thread))
    const res = await request(`/feed/${site}.atom?${new URLSearchParams({ thread })}`)
    expect(res.status).toBe(200)
    const xml = (await res.text()).replace(/^<\?xml[^>]*\?>\n/, '')
    expect(xml.replace(OWN_TAGS, '')).not.toContain('<')
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    expect(xml.match(/<entry>/g)).toHaveLength(50)
  })
})
