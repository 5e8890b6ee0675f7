// The list of comments, each followed by its replies: indented to depth 3, one flat list below that.
import { h } from 'preact'
import type { Ctx } from '../context'
import { MAX_DEPTH, type Node } from '../thread'
import { Comment } from './Comment'

export function Thread({ nodes, depth = 1, ctx }: { nodes: Node[]; depth?: number; ctx: Ctx }) {
  return (
    <ol class={depth > MAX_DEPTH ? 'flat' : undefined}>
      {nodes.map((n) => (
        <li key={n.c.id}>
          <Comment node={n} ctx={ctx} />
          {n.kids.length > 0 && <Thread nodes={n.kids} depth={depth + 1} ctx={ctx} />}
        </li>
      ))}
    </ol>
  )
}
