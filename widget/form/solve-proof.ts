// Solves the code's alternative (worker/proof.ts) in the page: tries 0, 1, 2 … with Web Crypto's SHA-256, in slices
// of at most 40 ms, so the page stays responsive while it works; gives up when `stale` says a newer puzzle came. A chunk
// of its own, imported when a puzzle comes (widget/form/use-challenge.ts): a reader who types the code never loads it.
import type { ProofPuzzle } from '../../worker/api-types'
import { proofHash } from '../../worker/proof'

const SLICE_MS = 40

export async function solveProof(puzzle: ProofPuzzle, stale: () => boolean): Promise<number | null> {
  let sliceStart = performance.now()
  for (let n = 0; n <= puzzle.maxNumber; n++) {
    if ((await proofHash(puzzle.salt, n)) === puzzle.challenge) return n
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve))
      if (stale()) return null
      sliceStart = performance.now()
    }
  }
  return null
}
