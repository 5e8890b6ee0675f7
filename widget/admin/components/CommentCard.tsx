// One comment for the owner: who (address, IP hash), where, when, its text, and the buttons its state allows.
import { h, Fragment } from 'preact'
import { useRef, useState } from 'preact/hooks'
import type { AdminComment } from '../../../worker/admin-types'
import type { BlockKind, ModerationAction } from '../../../worker/domain'
import { ago, exact } from '../../i18n'
import { useAdmin } from '../context'
import { EditBody } from './EditBody'

export function CommentCard({ c, onChange }: { c: AdminComment; onChange: (c: AdminComment) => void }) {
  const { t, lang, api, owner, announce, fail } = useAdmin()
  const [editing, setEditing] = useState(false)
  const editButton = useRef<HTMLButtonElement>(null)

  async function act(action: ModerationAction) {
    if (action === 'delete' && !confirm(t.confirmDelete)) return
    try {
      onChange((await api.moderate(c.id, action)).comment)
      announce(t.done(c.id, action))
    } catch (err) {
      fail(err)
    }
  }

  async function block(kind: BlockKind, value: string) {
    try {
      await api.block(kind, value)
      announce(t.blocked(value))
    } catch (err) {
      fail(err)
    }
  }

  function doneEditing(updated: AdminComment | null) {
    setEditing(false)
    if (updated) {
      onChange(updated)
      announce(t.saved)
    }
    requestAnimationFrame(() => editButton.current?.focus())
  }

  const editable = c.status === 'published' || c.status === 'pending'
  const why = c.spamReasons.map((reason) => t.checks.reasons[reason]).join(', ')
  return (
    <article class="card" aria-labelledby={`cn${c.id}`}>
      <header>
        <strong id={`cn${c.id}`}>{c.name}</strong>
        <span class={`badge ${c.status}`}>{t.status[c.status]}</span>
        <span class="meta">{c.email ?? t.noEmail}</span>
        {c.ipHash && (
          <span class="meta">
            {t.ip} <code>{c.ipHash.slice(0, 12)}</code>
          </span>
        )}
        <time class="meta" dateTime={c.createdAt} title={exact(c.createdAt, lang)}>
          {ago(c.createdAt, lang)}
        </time>
      </header>
      <p class="meta">
        {c.thread.siteId} · {t.onThread} <a href={`#comments/${c.thread.id}`}>{c.thread.title || c.thread.key}</a>
        {c.thread.url && (
          <>
            {' · '}
            <a href={`${c.thread.url}#parley-c${c.id}`} target="_blank" rel="noopener noreferrer">
              {c.thread.key}
            </a>
          </>
        )}
      </p>
      {c.spamReasons.length > 0 && (
        <p class="meta">
          {t.checks.heldBecause} {why} ({t.checks.score(c.spamScore)})
        </p>
      )}
      {editing ? (
        <EditBody c={c} onDone={doneEditing} />
      ) : (
        <div class="body" dangerouslySetInnerHTML={{ __html: c.html }} />
      )}
      {!editing && (
        <div class="acts">
          {c.actions.map((action) => (
            <button
              key={action}
              type="button"
              class={action === 'approve' ? 'btn' : 'btn sec'}
              onClick={() => act(action)}
            >
              {t.action[action]}
            </button>
          ))}
          {editable && (
            <button ref={editButton} type="button" class="btn sec" onClick={() => setEditing(true)}>
              {t.edit}
            </button>
          )}
          {owner && c.email && (
            <button type="button" class="link" onClick={() => block('email', c.email!)}>
              {t.blockEmail}
            </button>
          )}
          {owner && c.ipHash && (
            <button type="button" class="link" onClick={() => block('ip', c.ipHash!)}>
              {t.blockIp}
            </button>
          )}
        </div>
      )}
    </article>
  )
}
