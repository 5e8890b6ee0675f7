// `npm run import -- parley`: Parley's own export read back, keys as they are and followers in their states; a file
// that is not one, or a record it cannot take, refused by name before anything is written.
import { describe, expect, it } from 'vitest'
import { dryRun, recordsOf, tempFile } from './import-support'

const at = '2020-01-02T03:04:05.678Z'
const doc = {
  parley: 1,
  exportedAt: at,
  site: { id: 'blog' },
  threads: [{ id: 4, key: 'post-42', title: 'A key that is no path', url: null, locked: true, createdAt: at }],
  comments: [
    {
      id: 9,
      threadId: 4,
      parentId: 8,
      name: 'Ann',
      email: 'Ann@Example.org',
      website: null,
      avatar: '0a1b2c3d',
      body: 'Hi *all*',
      status: 'published',
      createdAt: at,
      editedAt: null,
    },
    {
      id: 8,
      threadId: 4,
      parentId: null,
      name: 'Bob',
      email: null,
      website: 'https://bob.example',
      avatar: 'ffffffff',
      body: 'First',
      status: 'pending',
      createdAt: at,
      editedAt: at,
    },
  ],
  followers: [{ threadId: 4, email: 'Ann@Example.org', state: 'unsubscribed', createdAt: at, updatedAt: at }],
}
const file = (value: unknown) => tempFile('blog.json', JSON.stringify(value))

describe('import parley', () => {
  it('keeps keys that are no path, parents listed later, and the followers', async () => {
    const { lines, sql } = await dryRun('parley', file(doc))
    expect(lines.slice(5, 7)).toEqual([
      'comments: 2 found; 1 published, 1 pending, 0 deleted, 0 spam',
      '  replies whose parent is missing (imported as top-level comments): 0',
    ])
    expect(lines).toContain('followers: 1')
    expect(lines).toContain('rows to write (rows already there are left alone): 1 threads, 2 comments, 1 followers')
    expect(sql).toContain("'post-42'")
    expect(sql).toContain("'Ann@Example.org', 'ann@example.org', 'unsubscribed'")
  })

  it('reads every time to the millisecond, in UTC', async () => {
    const [thread, ann] = await recordsOf('parley', file(doc))
    expect([thread.createdAt, ann.createdAt]).toEqual([
      Date.UTC(2020, 0, 2, 3, 4, 5, 678),
      Date.UTC(2020, 0, 2, 3, 4, 5, 678),
    ])
  })

  it('refuses what is not a Parley export, and names a record it cannot take', async () => {
    await expect(dryRun('parley', tempFile('x.json', '{"threads": ['))).rejects.toThrow(/^the file is not JSON/)
    await expect(dryRun('parley', file({ ...doc, parley: 2 }))).rejects.toThrow(
      'this is not a Parley export of version 1',
    )
    const odd = { ...doc, comments: [doc.comments[0], { ...doc.comments[1], status: 'hidden' }] }
    await expect(dryRun('parley', file(odd))).rejects.toThrow(
      'comments[1]: status must be one of pending, published, spam, deleted',
    )
  })
})
