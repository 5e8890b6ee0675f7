// Turning the flat comment list into the thread a reader sees (buildTree).
import { describe, expect, it } from 'vitest'
import { buildTree, type Node } from '../../widget/thread'
import { comment } from './api-stub'

/** Each node as "id" with its kids, and "in reply to" where it is flat: the shape, without the comments' details. */
const shape = (nodes: Node[]): unknown[] =>
  nodes.map((n) => [n.replyTo ? `${n.c.id} (to ${n.replyTo})` : `${n.c.id}`, ...(n.kids.length ? [shape(n.kids)] : [])])

describe('buildTree', () => {
  it('nests replies to depth 3 and lists deeper ones flat, in order, with whom they answer', () => {
    const tree = buildTree([
      comment(1, null, 'Anna'),
      comment(2, 1, 'Bram'),
      comment(3, 2, 'Cas'),
      comment(4, 3, 'Daan'),
      comment(6, 3, 'Fien'),
      comment(5, 4, 'Eva'),
      comment(7, null, 'Gijs'),
    ])
    expect(shape(tree)).toEqual([['1', [['2', [['3', [['4 (to Cas)'], ['5 (to Daan)'], ['6 (to Cas)']]]]]]], ['7']])
  })

  it('puts a reply whose parent is not in the list, or that names itself, at the top', () => {
    expect(shape(buildTree([comment(8, 3, 'Hanna'), comment(9, 9, 'Ids'), comment(10, 8, 'Jan')]))).toEqual([
      ['8', [['10']]],
      ['9'],
    ])
  })
})
