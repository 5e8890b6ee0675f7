// A paged table (the log, a thread's followers) and its footer: a header row of column names, a row per item.
import { h, Fragment, type ComponentChildren } from 'preact'
import type { Paged } from '../use-paged'
import { ListFooter } from './ListFooter'

type Props<T extends { id: number }> = {
  list: Paged<T>
  head: string[]
  row: (item: T) => ComponentChildren[]
  /** Said to screen readers only, where no heading names the table. */
  caption?: string
}

export function Table<T extends { id: number }>({ list, head, row, caption }: Props<T>) {
  return (
    <>
      <table>
        {caption && <caption class="sr">{caption}</caption>}
        <thead>
          <tr>
            {head.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.items.map((item) => (
            <tr key={item.id}>
              {row(item).map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <ListFooter list={list} />
    </>
  )
}
