// What every form shows: its field errors and its one status line. CommentForm holds this from the start, before the
// forms chunk brings the rest; widget/form/use-form.ts adds the sending.
import { useRef, useState } from 'preact/hooks'

export type Errors = Record<string, string>

export function useFormState() {
  const form = useRef<HTMLFormElement>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const [errs, setErrs] = useState<Errors>({})
  const [status, setStatus] = useState('')
  return { form, statusRef, errs, setErrs, status, setStatus }
}

export type FormState = ReturnType<typeof useFormState>
