// A labelled input or textarea with its hint and error, wired up with aria-invalid and aria-describedby.
import { h, type InputHTMLAttributes, type TextareaHTMLAttributes } from 'preact'

type Props = InputHTMLAttributes<HTMLInputElement> & {
  id: string
  name: string
  label: string
  hint?: string
  error?: string
  area?: boolean
}

export function Field({ id, label, hint, error, area, ...rest }: Props) {
  const described = [hint && `${id}h`, error && `${id}e`].filter(Boolean).join(' ')
  const a11y = { id, 'aria-invalid': error ? ('true' as const) : undefined, 'aria-describedby': described || undefined }
  return (
    <div class="f">
      <label for={id}>{label}</label>
      {area ? (
        <textarea rows={5} {...(rest as TextareaHTMLAttributes<HTMLTextAreaElement>)} {...a11y} />
      ) : (
        <input {...rest} {...a11y} />
      )}
      {hint && (
        <small id={`${id}h`} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}e`} class="err">
          {error}
        </small>
      )}
    </div>
  )
}
