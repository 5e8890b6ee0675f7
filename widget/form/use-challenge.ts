// The challenge code of one form: fetched lazily on first interaction, replaced after every use and on expiry; what
// goes wrong, and a new code asked for, said in the form's status line.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { ChallengeResponse } from '../../worker/api-types'
import { type Api, asApiError } from '../api'
import type { FormState } from '../form-state'
import { errorText, type Strings } from '../i18n'
import { getChallenge } from './calls'

export type Challenge = {
  ch: ChallengeResponse | null
  /** Fetches a code unless one is here or on its way: readers who never touch a form pay nothing. */
  ensure: () => void
  /** Always fetches a new code (tokens are single-use); resolves to whether one came. */
  fresh: () => Promise<boolean>
  /** A new code because the reader asked for one ("can't read it?"), said once it is shown. */
  renew: () => void
}

export function useChallenge(api: Api, t: Strings, { setStatus }: FormState): Challenge {
  const [ch, setCh] = useState<ChallengeResponse | null>(null)
  // Counts requests, so that a slow answer cannot replace a newer code.
  const seq = useRef(0)

  const fresh = async () => {
    const n = ++seq.current
    try {
      const next = await getChallenge(api)
      if (n === seq.current) setCh(next)
      return true
    } catch (err) {
      if (n === seq.current) seq.current = 0
      setStatus(errorText(t, asApiError(err)))
      return false
    }
  }
  const ensure = () => {
    if (!seq.current) void fresh()
  }

  // An expired token would only earn a challenge_failed: swap the code before that happens.
  useEffect(() => {
    const wait = ch ? Date.parse(ch.expiresAt) - Date.now() - 5000 : 0
    // A clock far off from the server's would make this a loop; then the server's answer decides.
    if (wait < 60000) return
    const timer = setTimeout(fresh, wait)
    return () => clearTimeout(timer)
  }, [ch])

  const renew = () => void fresh().then((ok) => ok && setStatus(t.codeReady))

  return { ch, ensure, fresh, renew }
}
