// The first pass over an export: every thread with its key, and which comment belongs where. Only ids are kept, so
// the second pass (plan.mjs) can stream the file again, knowing each reply's parent and each thread's key in advance.
import { keyOf, mapKey } from './keys.mjs'

/**
 * @param {AsyncIterable<any>} records threads, comments (and followers) as a reader yields them
 * @param {{ maps: {from: string, to: string}[], trailingSlash: string }} keying
 */
export async function survey(records, keying) {
  const threads = new Map()
  const comments = new Map()
  for await (const record of records) {
    if (record.kind === 'thread') {
      if (threads.has(record.sourceId)) continue
      // A Parley export names the key itself; every other format has a link to find it from.
      const key = record.key ?? keyOf(record.link)
      threads.set(record.sourceId, { ...record, key, mapped: key === null ? null : mapKey(key, keying) })
    } else if (record.kind === 'comment') {
      comments.set(record.sourceId, { threadId: record.threadId, parentId: record.parentId })
    }
  }
  const byKey = new Map()
  for (const thread of threads.values()) {
    if (thread.mapped !== null) byKey.set(thread.mapped, [...(byKey.get(thread.mapped) ?? []), thread])
  }
  return { threads, comments, byKey }
}

/** Where a comment goes: its thread's key, or why it stays out; and its parent's id, if the parent comes along too. */
export function placeOf({ threads, comments }, comment) {
  const thread = threads.get(comment.threadId)
  if (!thread) return { skip: 'noThread' }
  if (thread.mapped === null) return { skip: thread.key === null ? 'noLink' : 'longKey' }
  if (comment.parentId === null) return { key: thread.mapped, parentId: null }
  const parent = comments.get(comment.parentId)
  const parentKey = parent && threads.get(parent.threadId)?.mapped
  // A parent that is not in the file, or lands on another page, cannot hold the reply: it stands on its own.
  if (parentKey !== thread.mapped) return { key: thread.mapped, parentId: null, missingParent: true }
  return { key: thread.mapped, parentId: comment.parentId }
}
