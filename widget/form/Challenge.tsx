// The challenge: the code as an image, a button for a new one, and the field to type it in.
import { useLayoutEffect, useRef } from 'preact/hooks'
import { Field } from '../components/Field'
import type { Challenge as State } from './use-challenge'
import { useStrings } from './use-strings'

type Props = { id: string; state: State; error?: string; onNew: () => void }

export function Challenge({ id, state, error, onNew }: Props) {
  const t = useStrings()
  const wrap = useRef<HTMLDivElement>(null)
  const { ch } = state

  // The old answer means nothing for a new image: clear it in the same frame the image changes.
  useLayoutEffect(() => {
    const input = wrap.current?.querySelector('input')
    if (input) input.value = ''
  }, [ch])

  return (
    <div ref={wrap}>
      <div class="code">
        {ch ? <img src={`data:image/svg+xml,${encodeURIComponent(ch.image)}`} alt={t.codeAlt} /> : <span class="ph" />}
        <button type="button" class="link" onClick={onNew}>
          {t.codeNew}
        </button>
      </div>
      <Field
        id={id}
        name="challengeAnswer"
        label={t.codeLabel}
        error={error}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={12}
        required
      />
    </div>
  )
}
