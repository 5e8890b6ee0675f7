// The challenge: the code as an image, a button for a new one, and the field to type it in.
import { h } from 'preact'
import { useLayoutEffect, useRef } from 'preact/hooks'
import { LIMITS } from '../../worker/limits'
import { Field } from '../components/Field'
import type { Strings } from '../i18n'
import type { Challenge as State } from './use-challenge'

type Props = { t: Strings; id: string; state: State; error?: string }

export function Challenge({ t, id, state, error }: Props) {
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
        <button type="button" class="link" onClick={state.renew}>
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
        maxLength={LIMITS.challengeAnswer}
        required
      />
    </div>
  )
}
