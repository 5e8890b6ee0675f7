// A comment's buttons: Reply and Share for everyone; Edit and Delete (with an inline confirmation) for its author.
import type { RefObject } from 'preact'
import { useContext, useEffect, useRef, useState } from 'preact/hooks'
import type { Comment } from '../../worker/api-types'
import { asApiError } from '../api'
import { Ctx } from '../context'
import { permalink } from '../dom'
import { errorText } from '../i18n'
import { findOwn, isOpen } from '../store'

type Props = { c: Comment; replyRef: RefObject<HTMLButtonElement | null>; editRef: RefObject<HTMLButtonElement | null>; onEdit: () => void }

export function Actions({ c, replyRef, editRef, onEdit }: Props) {
  const { t, api, config, replyTo, setReplyTo, removed, announce } = useContext(Ctx)
  const [asking, setAsking] = useState(false)
  const [, setTick] = useState(0)
  const yes = useRef<HTMLButtonElement>(null)
  const del = useRef<HTMLButtonElement>(null)
  const mine = findOwn(c.id)

  // Re-render when the edit window closes, so Edit and Delete disappear on time.
  useEffect(() => {
    if (!isOpen(mine)) return
    const timer = setTimeout(() => setTick((n) => n + 1), Date.parse(mine.editableUntil) - Date.now() + 100)
    return () => clearTimeout(timer)
  }, [mine?.editableUntil])
  useEffect(() => {
    if (asking) yes.current?.focus()
  }, [asking])

  async function share() {
    const url = permalink(c.id)
    if (navigator.share) {
      // A reader who closes the share sheet has not failed at anything.
      return navigator.share({ title: config.where.threadTitle, url }).catch(() => undefined)
    }
    try {
      await navigator.clipboard.writeText(url)
      announce(t.copied)
    } catch {
      // No clipboard (an insecure page, a refusal): show the link so it can be copied by hand.
      announce(url)
    }
  }

  async function remove() {
    if (!mine) return
    try {
      await api.remove(c.id, mine.editToken)
      removed(c.id)
      announce(t.deleted)
    } catch (err) {
      announce(errorText(t, asApiError(err)))
    }
  }

  const stopAsking = () => {
    setAsking(false)
    del.current?.focus()
  }
  const editable = isOpen(mine)
  return (
    <div class="acts">
      <button ref={replyRef} type="button" class="link" aria-expanded={replyTo === c.id} onClick={() => setReplyTo(replyTo === c.id ? null : c.id)}>
        {t.reply}
      </button>
      <button type="button" class="link" onClick={share}>
        {t.share}
      </button>
      {editable && (
        <>
          <button ref={editRef} type="button" class="link" onClick={onEdit}>
            {t.edit}
          </button>
          <button ref={del} type="button" class="link" aria-expanded={asking} onClick={() => setAsking(!asking)}>
            {t.del}
          </button>
        </>
      )}
      {editable && asking && (
        <span role="group" aria-label={t.delAsk} onKeyDown={(e) => e.key === 'Escape' && stopAsking()}>
          {t.delAsk}{' '}
          <button ref={yes} type="button" class="btn danger" onClick={remove}>
            {t.delYes}
          </button>
          <button type="button" class="btn sec" onClick={stopAsking}>
            {t.cancel}
          </button>
        </span>
      )}
    </div>
  )
}
