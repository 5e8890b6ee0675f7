// Under every admin list: "loading", "nothing here", or the button that loads the next page.
import { h, Fragment } from 'preact'
import { useAdmin } from '../context'

export function ListFooter({
  loading,
  count,
  more,
}: {
  loading: boolean
  count: number
  more: (() => Promise<void>) | null
}) {
  const { t } = useAdmin()
  if (loading) return <p class="meta">{t.loading}</p>
  return (
    <>
      {count === 0 && <p class="meta">{t.none}</p>}
      {more && (
        <button type="button" class="btn sec" onClick={more}>
          {t.more}
        </button>
      )}
    </>
  )
}
