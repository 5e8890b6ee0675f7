// A comment's buttons: Reply and Share for everyone; Edit and Delete for its author, whose forms and confirmation come
// with parley-form.js.
import type { RefObject } from 'preact'
import { useContext, useEffect, useRef, useState } from 'preact/hooks'
import type { Comment } from '../../worker/api-types'
import { Ctx } from '../context'
import { permalink } from '../dom'
import { findOwn, isOpen } from '../store'

type Props = {
  c: Comment
  replyRef: RefObject<HTMLButtonElement | null>
  editRef: RefObject<HTMLButtonElement | null>
  onEdit: () => void
}

export function Actions({ c, replyRef, editRef, onEdit }: Props) {
  const { t, config, replyTo, setReplyTo, announce, forms, getForms } = useContext(Ctx)
  const [asking, setAsking] = useState(false)
  const [, setTick] = useState(0)
  const del = useRef<HTMLButtonElement>(null)
  const mine = findOwn(c.id)

  // Re-render when the edit window closes, so Edit and Delete disappear on time.
  useEffect(() => {
    if (!isOpen(mine)) return
    const timer = setTimeout(() => setTick((n) => n + 1), Date.parse(mine.editableUntil) - Date.now() + 100)
    return () => clearTimeout(timer)
  }, [mine?.editableUntil])

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

  const stopAsking = () => {
    setAsking(false)
    del.current?.focus()
  }
  return (
    <div class="acts">
      <button
        ref={replyRef}
        type="button"
        class="link"
        aria-expanded={replyTo === c.id}
        onClick={() => setReplyTo(replyTo === c.id ? null : c.id)}
      >
        {t.reply}
      </button>
      <button type="button" class="link" onClick={share}>
        {t.share}
      </button>
      {isOpen(mine) && (
        <>
          <button ref={editRef} type="button" class="link" onClick={onEdit}>
            {t.edit}
          </button>
          <button
            ref={del}
            type="button"
            class="link"
            aria-expanded={asking}
            onClick={async () => setAsking(!asking && (await getForms()))}
          >
            {t.del}
          </button>
          {asking && forms && <forms.DeleteAsk c={c} mine={mine} onCancel={stopAsking} />}
        </>
      )}
    </div>
  )
}
