// The one polite live region of a form or of the thread: status and errors are announced from here.
import { h, type RefObject } from 'preact'

export function Status({ text, statusRef }: { text: string; statusRef?: RefObject<HTMLParagraphElement | null> }) {
  // Rendered even when empty: screen readers only announce changes to a region that already exists.
  return (
    <p ref={statusRef} role="status" aria-live="polite" tabIndex={-1}>
      {text}
    </p>
  )
}
