// The Markdown part of bench/RESULTS.md: the renderer on the worst inputs found (bench/lib/markdown.mjs).
import { n2, table } from './format.mjs'

export const markdownSection = (rows) => `## Markdown on hostile input

\`worker/markdown.ts\` in Node (the same markdown-it the Worker bundles), on inputs of 5,000 characters (the body limit)
built to make a Markdown parser work hardest: runs of emphasis markers, brackets, autolinks, quotes and nested lists.
"first" is the first render of each input in the process, as a fresh isolate pays it; "warm" the mean over 200 ms of
repeats. Past 200 markup characters a body is rendered as plain text, and past 40 link-like words nothing is linkified
(worker/markdown.ts), which is what keeps each row small.

${table(
  ['input', 'first ms', 'warm ms'],
  rows.map((r) => [r.name, n2(r.firstMs), n2(r.warmMs)]),
)}
`
