// A cursor-paged admin list: the first page when the query changes, "load more", and replacing one item after an action.
import { useEffect, useState } from 'preact/hooks'
import type { Page } from '../../worker/admin-types'
import { useAdmin } from './context'

export function usePaged<T extends { id: number }>(load: (cursor: string | null) => Promise<Page<T>>, key: string) {
  const { fail } = useAdmin()
  const [items, setItems] = useState<T[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)

  async function fetchPage(cursor: string | null) {
    setLoading(true)
    try {
      const page = await load(cursor)
      setItems((old) => (cursor === null ? page.items : [...old, ...page.items]))
      setNext(page.nextCursor)
    } catch (err) {
      fail(err)
    } finally {
      setLoading(false)
    }
  }

  useEffect(() => void fetchPage(null), [key])

  return {
    items,
    loading,
    more: next === null ? null : () => fetchPage(next),
    replace: (item: T) => setItems((old) => old.map((i) => (i.id === item.id ? item : i))),
    remove: (id: number) => setItems((old) => old.filter((i) => i.id !== id)),
  }
}

export type Paged<T extends { id: number }> = ReturnType<typeof usePaged<T>>
