// The list of comments, each followed by its replies: indented to depth 3, one flat list below that.
import { MAX_DEPTH, type Node } from '../thread'
import { Comment } from './Comment'

export function Thread({ nodes, depth = 1 }: { nodes: Node[]; depth?: number }) {
  return (
    <ol class={depth > MAX_DEPTH ? 'flat' : undefined}>
      {nodes.map((n) => (
        <li key={n.c.id}>
          <Comment node={n} />
          {n.kids.length > 0 && <Thread nodes={n.kids} depth={depth + 1} />}
        </li>
      ))}
    </ol>
  )
}
