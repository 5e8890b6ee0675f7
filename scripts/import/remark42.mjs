// Remark42's backup: one JSON document per line (gzipped as Remark42 writes it, or not), the site's info first, then
// comments with their pid, locator.url, user, delete flag and time. Threads are the URLs the comments name.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { createGunzip } from 'node:zlib'
import { utcMillis } from './dates.mjs'

async function isGzip(file) {
  const handle = await open(file)
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0)
    return buffer[0] === 0x1f && buffer[1] === 0x8b
  } finally {
    await handle.close()
  }
}

function parse(line, where) {
  try {
    return JSON.parse(line)
  } catch (err) {
    throw new Error(`${where}: not JSON (${err.message})`)
  }
}

export async function* readRemark42(file) {
  const raw = createReadStream(file)
  const lines = createInterface({ input: (await isGzip(file)) ? raw.pipe(createGunzip()) : raw, crlfDelay: Infinity })
  const threads = new Set()
  let n = 0
  for await (const line of lines) {
    const where = `line ${++n}`
    if (!line.trim()) continue
    const doc = parse(line, where)
    if (n === 1) {
      if (typeof doc?.version !== 'number') throw new Error(`${where}: this is not a Remark42 backup (no "version")`)
      continue
    }
    const url = doc?.locator?.url
    if (typeof doc?.id !== 'string' || typeof url !== 'string')
      throw new Error(`${where}: a comment needs an id and a locator.url`)
    const createdAt = utcMillis(String(doc.time ?? ''), where)
    if (!threads.has(url)) {
      threads.add(url)
      yield { kind: 'thread', where, sourceId: url, link: url, title: doc.title ?? '', createdAt }
    }
    yield {
      kind: 'comment',
      where,
      sourceId: doc.id,
      threadId: url,
      parentId: doc.pid || null,
      name: doc.user?.name ?? '',
      email: '',
      website: '',
      html: doc.text ?? '',
      status: doc.delete ? 'deleted' : 'published',
      createdAt,
    }
  }
}
