// A labelled <select>: a list's filter (with "all" first) or a form's choice (with the one it starts from); and the
// filter of a list by state.
import { h } from 'preact'
import { useAdmin } from '../context'

type Props<T extends string> = {
  id: string
  label: string
  options: readonly T[]
  text: (option: T) => string
  /** A form field's name; a filter has none. */
  name?: string
  /** A filter's "any of them" option, the value "". */
  all?: string
  /** A filter's current value, kept by its owner through `onChange`. */
  value?: T | ''
  onChange?: (value: T | '') => void
  /** A form's choice as it starts: set once, so that a re-render does not undo what the owner chose meanwhile. */
  initial?: T
  /** Why the server refused the choice, said next to it (as Field does for a text field). */
  error?: string
}

export function Choice<T extends string>(props: Props<T>) {
  const { id, label, options, text, name, all, value, onChange, initial, error } = props
  const a11y = error ? { 'aria-invalid': 'true' as const, 'aria-describedby': `${id}e` } : {}
  return (
    <div class="f">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange?.(e.currentTarget.value as T | '')} {...a11y}>
        {all !== undefined && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option} value={option} selected={option === initial}>
            {text(option)}
          </option>
        ))}
      </select>
      {error && (
        <small id={`${id}e`} class="err">
          {error}
        </small>
      )}
    </div>
  )
}

/** A list's filter by state: "all" first, then `options` in their words. */
export function StateFilter<T extends string>(props: Omit<Props<T>, 'label' | 'all' | 'name' | 'initial'>) {
  const { t } = useAdmin()
  return <Choice {...props} label={t.state} all={t.all} />
}
