// Under every admin list: "loading", "nothing here", or the button that loads the next page.
import { h, Fragment } from 'preact'
import { useAdmin } from '../context'
import type { Paged } from '../use-paged'

export function ListFooter<T extends { id: number }>({ list }: { list: Paged<T> }) {
  const { t } = useAdmin()
  if (list.loading) return <p class="meta">{t.loading}</p>
  return (
    <>
      {list.items.length === 0 && <p class="meta">{t.none}</p>}
      {list.more && (
        <button type="button" class="btn sec" onClick={list.more}>
          {t.more}
        </button>
      )}
    </>
  )
}
