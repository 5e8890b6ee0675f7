// One comment: who, when, the server-rendered text, its buttons, and the edit or reply form it opens.
import { h } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { Ctx } from '../context'
import { commentId, later } from '../dom'
import { ago, exact } from '../i18n'
import { findOwn } from '../store'
import type { Node } from '../thread'
import { Actions } from './Actions'
import { Avatar } from './Avatar'
import { CommentForm } from './CommentForm'

export function Comment({ node, ctx }: { node: Node; ctx: Ctx }) {
  const { t, config, hl, replyTo, setReplyTo, forms } = ctx
  const [editing, setEditing] = useState(false)
  const replyRef = useRef<HTMLButtonElement>(null)
  const editRef = useRef<HTMLButtonElement>(null)
  const self = useRef<HTMLElement>(null)
  const { c } = node
  const mine = editing ? findOwn(c.id) : undefined

  const closeReply = () => {
    setReplyTo(null)
    replyRef.current?.focus()
  }
  const doneEditing = (saved: boolean) => {
    setEditing(false)
    later(() => (saved ? self.current : editRef.current)?.focus())
  }

  return (
    <article id={commentId(c.id)} ref={self} tabIndex={-1} class={hl === c.id ? 'c hl' : 'c'}>
      <header>
        <Avatar name={c.name} seed={c.avatar} />
        {/* The API only stores http(s) addresses; checking again keeps a javascript: link out regardless. */}
        {c.website && /^https?:\/\//i.test(c.website) ? (
          <a class="who" href={c.website} rel="nofollow ugc noopener">
            {c.name}
          </a>
        ) : (
          <strong class="who">{c.name}</strong>
        )}
        {node.replyTo && <span class="meta">{t.inReplyTo(node.replyTo)}</span>}
        <a class="meta" href={`#${commentId(c.id)}`}>
          <time dateTime={c.createdAt} title={exact(c.createdAt, config.lang)}>
            {ago(c.createdAt, config.lang)}
          </time>
        </a>
        {c.editedAt && <span class="meta">({t.edited})</span>}
        {c.status === 'pending' && <em class="meta">{t.pending}</em>}
      </header>
      {mine && forms ? (
        <forms.EditForm c={c} mine={mine} onDone={doneEditing} ctx={ctx} />
      ) : (
        // The server rendered this from Markdown with raw HTML disabled: it is safe as-is.
        <div class="body" dangerouslySetInnerHTML={{ __html: c.html }} />
      )}
      {/* Edit is there once the forms are (widget/form/OwnActions.tsx). */}
      {!mine && <Actions c={c} replyRef={replyRef} editRef={editRef} onEdit={() => setEditing(true)} ctx={ctx} />}
      {replyTo === c.id && <CommentForm parentId={c.id} title={t.replyTo(c.name)} onCancel={closeReply} ctx={ctx} />}
    </article>
  )
}
