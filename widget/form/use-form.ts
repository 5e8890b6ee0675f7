// Sending a form: local checks first, then the request; field errors, the status line, focus after a failure, and the
// busy flag. The errors and the status line are the form's own (widget/form-state.ts).
import { useState } from 'preact/hooks'
import { asApiError } from '../api'
import { later } from '../dom'
import type { Errors, FormState } from '../form-state'
import { ago, errorText, type Strings } from '../i18n'

type Control = HTMLInputElement | HTMLTextAreaElement

/** The moment `seconds` from now, rounded up to a whole minute: "in 4 minutes", never "now". */
const inWholeMinutes = (seconds: number) => new Date(Date.now() + Math.ceil(seconds / 60) * 60_000).toISOString()

export function useForm(t: Strings, state: FormState, onServerFail?: () => unknown) {
  const { form, statusRef, setErrs, setStatus } = state
  const [busy, setBusy] = useState(false)

  const field = (name: string) => (form.current?.elements.namedItem(name) ?? null) as Control | null
  const value = (name: string) => field(name)?.value.trim() ?? ''

  // Focus goes to the first invalid field once its error is rendered, else to the status line.
  function fail(e: Errors, message: string) {
    setErrs(e)
    setStatus(message)
    // A hidden field (the puzzle's answer) cannot take the focus: the status line says what is missing instead.
    later(() => {
      const first = field(Object.keys(e)[0] ?? '')
      ;(first && first.type !== 'hidden' ? first : statusRef.current)?.focus()
    })
  }

  /** Sends the form of submit event `ev` unless it is on its way: checks `local` errors first; then runs `request`, whose
   * result is the success message. */
  async function send(ev: Event, local: Errors, request: () => Promise<string>): Promise<boolean> {
    ev.preventDefault()
    if (busy) return false
    const first = Object.values(local)[0]
    if (first) {
      fail(local, first)
      return false
    }
    setBusy(true)
    setErrs({})
    setStatus(t.sending)
    try {
      setStatus(await request())
      return true
    } catch (err) {
      const e = asApiError(err)
      // A refused field has its own message, a rate limit says how long to wait, else the code's message.
      const message =
        (e.code === 'validation_failed' && e.field && (t.fields as Record<string, string | undefined>)[e.field]) ||
        (e.code === 'rate_limited' && e.retryAfter && `${t.tryAgain} ${ago(inWholeMinutes(e.retryAfter), t.lang)}.`) ||
        errorText(t, e)
      const name = e.field ?? (e.code === 'challenge_failed' ? 'challengeAnswer' : '')
      fail(field(name) ? { [name]: message } : {}, message)
      // The server may have spent the challenge token on this attempt: never reuse it.
      onServerFail?.()
      return false
    } finally {
      setBusy(false)
    }
  }

  return { ...state, busy, field, value, send }
}
