// The whole widget: heading with the count, the thread, "load more", the comment form and "follow".
import { h } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { Base, Ctx, LoadedForms } from '../context'
import type { Strings } from '../i18n'
import { adopt, byId, commentId, later } from '../dom'
import { errorText } from '../i18n'
import { read, write } from '../store'
import { buildTree } from '../thread'
import { useComments } from '../use-comments'
import { useHashTarget } from '../use-hash'
import { CommentForm } from './CommentForm'
import { FeedLink } from './FeedLink'
import { Follow } from './Follow'
import { Status } from './Status'
import { Thread } from './Thread'

export function App({ base }: { base: Base }) {
  const { t, api, config } = base
  const data = useComments(api, config.where.thread, base.first)
  const [replyTo, setReplyTo] = useState<number | null>(null)
  const [status, setStatus] = useState('')
  const [ready, setReady] = useState(!!base.first)
  const [forms, setForms] = useState<LoadedForms | null>(null)
  const root = useRef<HTMLElement>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const hl = useHashTarget(ready, root)
  // The reader's order, '' (oldest first) or 'newest', kept in the page's origin (so per site); parley.js asked for the
  // first page in it. Read again on each render, as a lazy initialiser would cost the first load a few bytes more.
  const [order, setOrder] = useState(read('parley-order', ''))

  useEffect(() => {
    // The server's fragment is always oldest first.
    if (!base.fresh || order) void data.load({ order }).then(() => setReady(true))
  }, [])
  // The forms' styles join the widget's when they arrive.
  useEffect(() => {
    if (forms) adopt(root.current, forms.css)
  }, [forms])

  const ctx: Ctx = {
    ...base,
    // Before the forms arrive, the words only they read are missing; nothing else reads them.
    t: forms?.t ?? (t as Strings),
    hl,
    replyTo,
    setReplyTo,
    change: data.change,
    focus: (id: number | null) =>
      later(() => (id === null ? statusRef.current : byId(root.current, commentId(id)))?.focus()),
    announce: setStatus,
    forms,
    async getForms(fail: (message: string) => void = setStatus) {
      try {
        const f = await import('../form')
        const w = await f.words(config.lang)
        // The forms' error messages join the first load's.
        setForms({ ...f, t: { ...t, ...w, errors: { ...t.errors, ...w.errors } } })
        return true
      } catch {
        // The chunk did not arrive; a browser that does not cache the failure fetches it again on the next use.
        fail(t.errors.network)
        return false
      }
    },
  }

  /** Loads the next page (or retries the one that failed), or the one `before` the first shown. */
  // `unknown`: More and Try again hand in their click event, which is no cursor.
  const more = async (before?: unknown) => {
    if (data.loading) return
    const page = await data.load(typeof before == 'string' ? { order, before } : { order, cursor: data.next })
    // The button may be gone now; the first new comment is where reading continues.
    if (page[0]) ctx.focus(page[0].id)
  }

  const count = data.thread?.commentCount ?? data.list.length
  return (
    <section ref={root} aria-labelledby="parley-h">
      <header>
        <h2 id="parley-h">{count ? t.count(count) : t.comments}</h2>
        <FeedLink config={config} label={t.feed} />
        {/* Pressed: newest first; not: oldest first, the default. */}
        <button
          type="button"
          class="link"
          aria-pressed={!!order}
          onClick={() => {
            const o = order ? '' : 'newest'
            write('parley-order', o)
            setOrder(o)
            void data.load({ order: o })
          }}
        >
          {t.newest}
        </button>
      </header>
      {data.prev && (
        <button type="button" class="btn sec" onClick={() => more(data.prev)}>
          {t.prev}
        </button>
      )}
      {/* Built afresh with each render, which renders every comment anyway; useMemo would cost the first load more. */}
      {data.list.length > 0 ? (
        <Thread nodes={buildTree(data.list, order)} ctx={ctx} />
      ) : (
        ready && !data.error && <p class="meta">{t.empty}</p>
      )}
      {data.loading && <p class="meta">{t.loading}</p>}
      {data.error && (
        <p class="err">
          {errorText(t, data.error)}{' '}
          <button type="button" class="link" onClick={more}>
            {t.retry}
          </button>
        </p>
      )}
      {data.next && (
        <button type="button" class="btn sec" onClick={more}>
          {t.more}
        </button>
      )}
      <Status text={status} statusRef={statusRef} />
      <CommentForm parentId={null} title={t.write} ctx={ctx} />
      <Follow ctx={ctx} id="pf" />
      <Follow ctx={ctx} id="pl" />
    </section>
  )
}
