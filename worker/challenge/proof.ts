// Issues the code's alternative (worker/proof.ts): a puzzle any browser solves without the reader seeing or hearing
// anything (WCAG 2.2, SC 1.1.1). Its token is the code's, so it is checked, spent and refused exactly like a code.
import type { ProofPuzzle } from '../api-types'
import { PROOF_ALGORITHM, proofHash, toHex } from '../proof'
import { randomInt } from './draw'
import { signChallenge } from './token'

/**
 * The largest secret number: a browser tries 25,000 hashes on average, about 0.3 s in desktop Chromium and about a
 * second on a mid-range phone (`npm run bench`, "Challenge"). Work is no wall against a bot; the rate limit, and
 * holding such comments for the owner (sites.alt_gate_moderation), are.
 */
export const PROOF_MAX_NUMBER = 50_000

export type IssuedProof = { token: string; expiresAt: string; proof: ProofPuzzle; answer: string }

export async function issueProof(secret: string, siteId: string, nowMs: number): Promise<IssuedProof> {
  const n = randomInt(PROOF_MAX_NUMBER + 1)
  // A fresh salt per puzzle: no table of hashes computed in advance solves it.
  const salt = toHex(crypto.getRandomValues(new Uint8Array(12)).buffer)
  const answer = String(n)
  const proof = { algorithm: PROOF_ALGORITHM, salt, challenge: await proofHash(salt, n), maxNumber: PROOF_MAX_NUMBER }
  return { ...(await signChallenge(secret, siteId, nowMs, 'proof', answer)), proof, answer }
}
