// Isso's SQLite database: `threads` (uri, title) and `comments` (tid, parent, mode, created in Unix seconds, text in
// Markdown), read row by row through Node's own node:sqlite, opened read-only.
import { DatabaseSync } from 'node:sqlite'
import { secondsToMillis } from './dates.mjs'

const MODES = { 1: 'published', 2: 'pending', 4: 'deleted' }

function open(file) {
  let db
  try {
    db = new DatabaseSync(file, { readOnly: true })
    const tables = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`)
      .all()
      .map((r) => r.name)
    if (!tables.includes('threads') || !tables.includes('comments')) {
      throw new Error(`it has no threads and comments tables (${tables.join(', ') || 'no tables'})`)
    }
    return db
  } catch (err) {
    db?.close()
    throw new Error(`this is not an Isso database: ${err.message}`)
  }
}

export async function* readIsso(file) {
  const db = open(file)
  try {
    for (const t of db.prepare('SELECT id, uri, title FROM threads ORDER BY id').iterate()) {
      yield {
        kind: 'thread',
        where: `row ${t.id} of threads`,
        sourceId: String(t.id),
        link: t.uri,
        title: t.title ?? '',
        createdAt: null,
      }
    }
    const comments = db.prepare(
      'SELECT id, tid, parent, created, modified, mode, text, author, email, website FROM comments ORDER BY id',
    )
    for (const c of comments.iterate()) {
      const where = `row ${c.id} of comments`
      const status = MODES[c.mode]
      if (!status) throw new Error(`${where}: mode ${c.mode} is none of 1 (published), 2 (pending), 4 (deleted)`)
      yield {
        kind: 'comment',
        where,
        sourceId: String(c.id),
        threadId: String(c.tid),
        parentId: c.parent === null ? null : String(c.parent),
        name: c.author ?? '',
        email: c.email ?? '',
        website: c.website ?? '',
        markdown: c.text ?? '',
        status,
        createdAt: secondsToMillis(c.created, where),
        editedAt: c.modified === null ? null : secondsToMillis(c.modified, where),
      }
    }
  } finally {
    db.close()
  }
}
