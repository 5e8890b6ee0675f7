// A comment's buttons: Reply and Share for everyone; Edit and Delete for its author while the edit window is open,
// which come with the forms chunk (fetched as soon as such a comment is shown).
import { h, type RefObject } from 'preact'
import { useEffect } from 'preact/hooks'
import type { Comment } from '../../worker/api-types'
import type { Ctx } from '../context'
import { permalink } from '../dom'
import { findOwn } from '../store'

type Props = {
  c: Comment
  replyRef: RefObject<HTMLButtonElement | null>
  editRef: RefObject<HTMLButtonElement | null>
  onEdit: () => void
  ctx: Ctx
}

export function Actions({ c, replyRef, editRef, onEdit, ctx }: Props) {
  const { t, config, replyTo, setReplyTo, announce, forms, getForms } = ctx
  const mine = findOwn(c.id)

  useEffect(() => {
    // Quietly: without the forms an author can still read, reply and share; Edit and Delete just stay away.
    if (mine) void getForms(() => undefined)
  }, [])

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
      {mine && forms && <forms.OwnActions c={c} mine={mine} editRef={editRef} onEdit={onEdit} ctx={ctx} />}
    </div>
  )
}
