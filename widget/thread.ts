// Turns the flat comment list into what the reader sees: nested to depth 3, flat (with "in reply to") below that.
import type { Comment } from '../worker/api-types'

export type Node = { c: Comment; replyTo?: string; kids: Node[] }

export const MAX_DEPTH = 3

/** `newest`: the top-level comments newest first; replies always in date order. */
export function buildTree(list: Comment[], newest?: unknown): Node[] {
  // Pages may arrive in any order (earlier ones after a permalink's); ids are the order they were written in.
  list = [...list].sort((a, b) => a.id - b.id)
  const byId = new Map(list.map((c) => [c.id, c]))
  const kids = new Map<number, Comment[]>()
  const roots: Comment[] = []
  for (const c of list) {
    // A reply whose parent is not in the list (not loaded, deleted, pending) stands on its own.
    if (c.parentId !== null && c.parentId !== c.id && byId.has(c.parentId)) {
      kids.set(c.parentId, [...(kids.get(c.parentId) ?? []), c])
    } else roots.push(c)
  }
  const below = (c: Comment, out: Node[]): Node[] => {
    for (const k of kids.get(c.id) ?? []) {
      out.push({ c: k, replyTo: c.name, kids: [] })
      below(k, out)
    }
    return out
  }
  const node = (c: Comment, depth: number): Node => ({
    c,
    kids:
      depth < MAX_DEPTH
        ? (kids.get(c.id) ?? []).map((k) => node(k, depth + 1))
        : below(c, []).sort((a, b) => a.c.id - b.c.id),
  })
  return (newest ? roots.reverse() : roots).map((c) => node(c, 1))
}
