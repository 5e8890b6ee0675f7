// The gate of one form: the code as an image or, for a reader who cannot see it, a puzzle the browser solves. Fetched
// lazily on first interaction, replaced after every use and on expiry; what goes wrong, and what the puzzle is doing,
// said in the form's status line.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { ChallengeResponse, ProofChallengeResponse, TurnstileChallengeResponse } from '../../worker/api-types'
import type { Gate } from '../../worker/domain'
import { type Api, asApiError } from '../api'
import type { Errors, FormState } from '../form-state'
import { errorText, type Strings } from '../i18n'
import { getChallenge } from './calls'

export type Challenge = {
  kind: Gate
  ch: ChallengeResponse | ProofChallengeResponse | TurnstileChallengeResponse | null
  /** What Turnstile's widget gave, where the site's gate includes it (a new challenge token clears it). */
  turnstile: { token: string; set: (token: string) => void }
  /** The puzzle's answer once the browser found it, and how long that took; the code's answer is typed. */
  solved: { answer: string; seconds: string } | null
  /** Fetches a code unless one is here or on its way: readers who never touch a form pay nothing. */
  ensure: () => void
  /** Always fetches a new one (tokens are single-use); resolves to whether one came. */
  fresh: () => Promise<boolean>
  /** A new code because the reader asked for one ("can't read it?"), said once it is shown. */
  renew: () => void
  /** The image code or the puzzle, as the reader chooses; the puzzle's progress is said. */
  choose: (kind: Gate) => void
}

export function useChallenge(api: Api, t: Strings, { setStatus }: FormState): Challenge {
  const [kind, setKind] = useState<Gate>('code')
  const [ch, setCh] = useState<Challenge['ch']>(null)
  const [solved, setSolved] = useState<Challenge['solved']>(null)
  const [turnstileToken, setTurnstileToken] = useState('')
  // Counts requests, so that a slow answer (or a slow solution) cannot replace a newer one.
  const seq = useRef(0)

  const fresh = async (as: Gate = kind, announce = false) => {
    const n = ++seq.current
    setSolved(null)
    setTurnstileToken('')
    if (announce) setStatus(t.proofWorking)
    try {
      const next = await getChallenge(api, as)
      if (n !== seq.current) return true
      setCh(next)
      if (!('proof' in next)) return true
      // The solver is a chunk of its own: a reader who types the code never downloads it.
      const { solveProof } = await import('./solve-proof')
      const started = performance.now()
      const answer = await solveProof(next.proof, () => n !== seq.current)
      if (n !== seq.current) return true
      // No number in range fits: the puzzle was broken on its way; a new one is the reader's way out.
      if (answer === null) throw new Error('unsolvable puzzle')
      const seconds = ((performance.now() - started) / 1000).toFixed(1)
      setSolved({ answer: String(answer), seconds })
      if (announce) setStatus(t.proofDone(seconds))
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
  const choose = (next: Gate) => {
    setKind(next)
    setCh(null)
    void fresh(next, next === 'proof')
  }

  const turnstile = { token: turnstileToken, set: setTurnstileToken }
  return { kind, ch, turnstile, solved, ensure, fresh: () => fresh(), renew, choose }
}

/** A site whose gate is Turnstile alone sends no code. */
export const codeless = (gate: Challenge) => gate.ch !== null && !('image' in gate.ch) && !('proof' in gate.ch)

/** What the gate still lacks before a form may be sent, in the reader's words; undefined when it is ready. */
function gateMissing(t: Strings, gate: Challenge, answer: string): string | undefined {
  if (gate.ch?.turnstile && !gate.turnstile.token) return t.fields.turnstile
  if ((answer || codeless(gate)) && gate.ch) return undefined
  return gate.kind === 'proof' ? t.fields.proof : t.fields.challengeAnswer
}

/** The gate's error for its answer field, if it still lacks something; none when it is ready. */
export function gateErrors(t: Strings, gate: Challenge, answer: string): Errors {
  const missing = gateMissing(t, gate, answer)
  return missing ? { challengeAnswer: missing } : {}
}

/** The gate's part of a request: the challenge token, the answer, and Turnstile's token where there is one. */
export const gateFields = (gate: Challenge, answer: string) => ({
  challengeToken: gate.ch?.token ?? '',
  challengeAnswer: answer,
  turnstileToken: gate.turnstile.token || undefined,
})
