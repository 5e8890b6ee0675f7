// The gate: the code as an image, a button for a new one and the field to type it in; or, for a reader who cannot see
// the image, the puzzle their browser solves instead, with its answer in a hidden field of the same name.
import { h } from 'preact'
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks'
import { READER_LIMITS } from '../../worker/limits'
import { Field } from '../components/Field'
import type { Strings } from '../i18n'
import type { TurnstileOptions } from './turnstile'
import { codeless, type Challenge as State } from './use-challenge'

type Props = { t: Strings; id: string; state: State; error?: string }

export function Challenge({ t, id, state, error }: Props) {
  const wrap = useRef<HTMLDivElement>(null)
  const { ch } = state

  // The old answer means nothing for a new image: clear it in the same frame the image changes.
  useLayoutEffect(() => {
    const input = wrap.current?.querySelector<HTMLInputElement>('input:not([type=hidden])')
    if (input) input.value = ''
  }, [ch])

  const switchTo = (
    <button type="button" class="link" onClick={() => state.choose(state.kind === 'code' ? 'proof' : 'code')}>
      {state.kind === 'code' ? t.proofOffer : t.proofBack}
    </button>
  )

  const turnstile = ch?.turnstile && (
    <LazyTurnstile siteKey={ch.turnstile.siteKey} lang={t.lang} round={ch.token} onToken={state.turnstile.set} />
  )

  // Nothing to type: Turnstile alone (no code), or the puzzle, whose answer goes in the hidden field.
  const none = codeless(state)
  if (none || state.kind === 'proof') {
    return (
      <div ref={wrap} class="f">
        {!none && <p>{state.solved ? t.proofDone(state.solved.seconds) : t.proofWorking}</p>}
        <input type="hidden" name="challengeAnswer" value={state.solved?.answer ?? ''} />
        {error && (
          <small id={`${id}e`} class="err">
            {error}
          </small>
        )}
        {!none && switchTo}
        {turnstile}
      </div>
    )
  }

  return (
    <div ref={wrap}>
      <div class="acts code">
        {ch && 'image' in ch ? (
          <img src={`data:image/svg+xml,${encodeURIComponent(ch.image)}`} alt={t.codeAlt} />
        ) : (
          <span class="ph" />
        )}
        <button type="button" class="link" onClick={state.renew}>
          {t.codeNew}
        </button>
        {switchTo}
      </div>
      <Field
        id={id}
        name="challengeAnswer"
        label={t.codeLabel}
        error={error}
        autocomplete="off"
        autocapitalize="characters"
        spellcheck={false}
        maxLength={READER_LIMITS.challengeAnswer}
        required
      />
      {turnstile}
    </div>
  )
}

/**
 * Turnstile's code is a chunk of its own: a form on a site with the code alone never downloads it. A new challenge
 * token (`round`) draws a new check, as each Turnstile token is good for one use.
 */
function LazyTurnstile({ round, ...options }: TurnstileOptions & { round: string }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let unmount: (() => void) | null = null
    let gone = false
    void import('./turnstile').then((m) => {
      if (!gone && box.current) unmount = m.mountTurnstile(box.current, options)
    })
    return () => {
      gone = true
      unmount?.()
    }
  }, [options.siteKey, round])
  return <div ref={box} class="f" />
}
