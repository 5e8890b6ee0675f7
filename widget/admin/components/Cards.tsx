// A paged list of cards (comments, threads, mails) and its footer: "loading", "nothing here" or "load more".
import { h, Fragment, type VNode } from 'preact'
import type { Paged } from '../use-paged'
import { ListFooter } from './ListFooter'

export function Cards<T extends { id: number }>({ list, card }: { list: Paged<T>; card: (item: T) => VNode }) {
  return (
    <>
      <ol class="cards">
        {list.items.map((item) => (
          <li key={item.id}>{card(item)}</li>
        ))}
      </ol>
      <ListFooter list={list} />
    </>
  )
}
