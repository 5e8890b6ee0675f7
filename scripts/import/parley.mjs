// Parley's own export (npm run export, the admin page's download): one JSON document, checked record by record, its
// threads keeping their keys as they are (a data-thread key need not be a path) and its followers their states.
import { readFileSync } from 'node:fs'
import { COMMENT_STATES, FOLLOWER_STATES } from '../../worker/domain.ts'
import { isMailbox, normaliseEmail } from '../../worker/email-address.ts'
import { utcMillis } from './dates.mjs'

function documentOf(file) {
  let doc
  try {
    doc = JSON.parse(readFileSync(file, 'utf8'))
  } catch (err) {
    throw new Error(`the file is not JSON (${err.message})`)
  }
  if (doc?.parley !== 1 || !Array.isArray(doc.threads) || !Array.isArray(doc.comments)) {
    throw new Error('this is not a Parley export of version 1 (no "parley": 1 with threads and comments)')
  }
  return doc
}

/** Each record checked for what the import relies on; `where` names it for the error. */
function check(ok, where, what) {
  if (!ok) throw new Error(`${where}: ${what}`)
}

const isId = (value) => Number.isSafeInteger(value) && value > 0
const optionalDate = (value, where) => (value === null || value === undefined ? null : utcMillis(value, where))

export async function* readParley(file) {
  const doc = documentOf(file)
  for (const [i, t] of doc.threads.entries()) {
    const where = `threads[${i}]`
    check(isId(t.id) && typeof t.key === 'string' && t.key !== '', where, 'needs an id and a key')
    const createdAt = utcMillis(String(t.createdAt), where)
    yield {
      kind: 'thread',
      where,
      sourceId: String(t.id),
      key: t.key,
      link: t.url ?? null,
      title: t.title ?? '',
      locked: t.locked === true,
      createdAt,
    }
  }
  for (const [i, c] of doc.comments.entries()) {
    const where = `comments[${i}]`
    check(isId(c.id) && isId(c.threadId), where, 'needs an id and a threadId')
    check(c.parentId === null || isId(c.parentId), where, 'parentId must be an id or null')
    check(COMMENT_STATES.includes(c.status), where, `status must be one of ${COMMENT_STATES.join(', ')}`)
    check(typeof c.body === 'string' && typeof c.name === 'string', where, 'needs a name and a body')
    yield {
      kind: 'comment',
      where,
      sourceId: String(c.id),
      threadId: String(c.threadId),
      parentId: c.parentId === null ? null : String(c.parentId),
      name: c.name,
      email: c.email ?? '',
      website: c.website ?? '',
      avatar: typeof c.avatar === 'string' && /^[0-9a-f]{8}$/.test(c.avatar) ? c.avatar : undefined,
      markdown: c.body,
      status: c.status,
      createdAt: utcMillis(String(c.createdAt), where),
      editedAt: optionalDate(c.editedAt, where),
    }
  }
  for (const [i, f] of (doc.followers ?? []).entries()) {
    const where = `followers[${i}]`
    check(
      isId(f.threadId) && typeof f.email === 'string' && isMailbox(f.email.trim()),
      where,
      'needs a threadId and an email',
    )
    check(FOLLOWER_STATES.includes(f.state), where, `state must be one of ${FOLLOWER_STATES.join(', ')}`)
    const email = f.email.trim()
    const createdAt = utcMillis(String(f.createdAt), where)
    const updatedAt = optionalDate(f.updatedAt, where) ?? createdAt
    yield {
      kind: 'follower',
      where,
      threadId: String(f.threadId),
      email,
      emailNormalized: normaliseEmail(email),
      state: f.state,
      createdAt,
      updatedAt,
    }
  }
}
