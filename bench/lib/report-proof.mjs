// The code's alternative in bench/RESULTS.md: how long the widget takes to solve the puzzle (bench/lib/proof.mjs).
import { n0, n2, table } from './format.mjs'

export const proofSection = (r) => `## The puzzle instead of the code

The widget on an English page against \`npm run serve\`, asked for the puzzle ${r.runs} times (the button "Can't see it? Let
your browser solve a puzzle instead"), each solve timed by the widget itself as it tells the reader. The secret number
is uniform from 0 to ${n0(r.maxNumber)}: ${n0(r.maxNumber / 2)} hashes on average.

${table(
  ['median s', 'min s', 'max s', 'SHA-256 per second (Web Crypto, one after another)'],
  [[n2(r.median), n2(r.min), n2(r.max), n0(r.hashesPerSecond)]],
)}

A phone hashes three to five times slower than this machine: about a second on average, a few at most.
`
