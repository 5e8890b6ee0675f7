// The challenge code of one form: fetched lazily on first interaction, replaced after every use and on expiry.
import { useContext, useEffect, useRef, useState } from 'preact/hooks'
import type { ChallengeResponse } from '../../worker/api-types'
import { type ApiError, asApiError } from '../api'
import { Ctx } from '../context'

export type Challenge = {
  ch: ChallengeResponse | null
  /** Fetches a code unless one is here or on its way: readers who never touch a form pay nothing. */
  ensure: () => void
  /** Always fetches a new code (tokens are single-use); resolves to whether one came. */
  fresh: () => Promise<boolean>
}

export function useChallenge(onError: (e: ApiError) => void): Challenge {
  const { api } = useContext(Ctx)
  const [ch, setCh] = useState<ChallengeResponse | null>(null)
  // Counts requests, so that a slow answer cannot replace a newer code.
  const seq = useRef(0)

  const fresh = async () => {
    const n = ++seq.current
    try {
      const next = await api.challenge()
      if (n === seq.current) setCh(next)
      return true
    } catch (err) {
      if (n === seq.current) seq.current = 0
      onError(asApiError(err))
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

  return { ch, ensure, fresh }
}
