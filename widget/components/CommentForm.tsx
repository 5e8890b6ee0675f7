// The comment form as parley.js draws it: heading and text box until first used (a reply form, as it opens); then the
// full form from parley-form.js takes its place, with what was typed, the cursor and the focus.
import { useContext, useEffect, useRef, useState } from 'preact/hooks'
import { Ctx } from '../context'
import { Field } from './Field'
import { Status } from './Status'

export type Props = { parentId: number | null; title: string; onCancel?: () => void }
/** What the text box held when the full form replaced it. */
export type Draft = { text: string; from: number; to: number; focused: boolean }

export function CommentForm(props: Props) {
  const { t, forms, getForms } = useContext(Ctx)
  const [status, setStatus] = useState('')
  const [used, setUsed] = useState(!!props.onCancel)
  const form = useRef<HTMLFormElement>(null)
  const { parentId, title, onCancel } = props
  // Ids are unique within the shadow root: one main form, and at most one reply form open.
  const id = parentId === null ? 'pm' : 'pr'
  const textBox = () => form.current?.elements.namedItem('body') as HTMLTextAreaElement | null | undefined

  // A reply form takes the focus as it opens.
  useEffect(() => {
    if (onCancel) textBox()?.focus()
  }, [])

  const use = () => {
    setUsed(true)
    void getForms(setStatus)
  }

  if (forms && used) {
    // Rendered while the text box is still in the page: it is read here, before it goes.
    const box = textBox()
    const draft = box && {
      text: box.value,
      from: box.selectionStart,
      to: box.selectionEnd,
      focused: (box.getRootNode() as ShadowRoot).activeElement === box,
    }
    return <forms.CommentForm {...props} draft={draft || undefined} />
  }
  return (
    <form
      ref={form}
      class="form"
      aria-labelledby={`${id}t`}
      onFocusIn={use}
      onKeyDown={(e) => e.key === 'Escape' && onCancel?.()}
    >
      <h3 id={`${id}t`}>{title}</h3>
      <Field area id={`${id}b`} name="body" label={t.body} hint={t.bodyHint} maxLength={5000} required />
      <Status text={status} />
    </form>
  )
}
