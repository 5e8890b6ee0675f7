// The whole widget: heading with the count, the thread, "load more", the comment form and "follow".
import { useEffect, useRef, useState } from 'preact/hooks'
import type { PostCommentResponse } from '../../worker/api-types'
import type { ApiError } from '../api'
import { type Base, Ctx } from '../context'
import { byId, commentId, later } from '../dom'
import { errorText } from '../i18n'
import type { Forms } from '../lazy'
import { buildTree } from '../thread'
import { useComments } from '../use-comments'
import { useHashTarget } from '../use-hash'
import { CommentForm } from './CommentForm'
import { Follow } from './Follow'
import { Status } from './Status'
import { Thread } from './Thread'

export function App({ base }: { base: Base }) {
  const { t, api, config } = base
  const data = useComments(api, config.where.thread)
  const [replyTo, setReplyTo] = useState<number | null>(null)
  const [status, setStatus] = useState('')
  const [ready, setReady] = useState(false)
  const [forms, setForms] = useState<Forms | null>(null)
  const root = useRef<HTMLElement>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const hl = useHashTarget(ready, root)
  const focusComment = (id: number | undefined) => later(() => id && byId(root.current, commentId(id))?.focus())

  useEffect(() => {
    void data.load().then(() => setReady(true))
  }, [])

  const ctx = {
    ...base,
    hl,
    replyTo,
    setReplyTo,
    posted(res: PostCommentResponse, body: string, message: string) {
      data.posted(res, body)
      // A reply form closes now; its status line goes with it, so the thread's announces the outcome.
      if (res.comment.parentId !== null) setStatus(message)
      setReplyTo(null)
      focusComment(res.comment.id)
    },
    edited: data.edited,
    removed(id: number) {
      data.removed(id)
      later(() => statusRef.current?.focus())
    },
    announce: setStatus,
    forms,
    async getForms(fail: (message: string) => void = setStatus) {
      try {
        setForms(await base.loadForms())
        return true
      } catch (err) {
        // The loader fails only with a network ApiError.
        fail(errorText(t, err as ApiError))
        return false
      }
    },
  }

  /** Loads the next page (or retries the one that failed). */
  const more = async () => {
    if (data.loading) return
    const page = await data.load(data.next ?? undefined)
    // The button may be gone now; the first new comment is where reading continues.
    focusComment(page[0]?.id)
  }

  const count = data.thread?.commentCount ?? data.list.length
  return (
    <Ctx value={ctx}>
      <section ref={root} aria-labelledby="parley-h">
        <h2 id="parley-h">{count ? t.count(count) : t.comments}</h2>
        {/* Built afresh with each render, which renders every comment anyway; useMemo would cost parley.js more. */}
        {data.list.length > 0 ? (
          <Thread nodes={buildTree(data.list)} />
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
        <CommentForm parentId={null} title={t.write} />
        <Follow />
      </section>
    </Ctx>
  )
}
