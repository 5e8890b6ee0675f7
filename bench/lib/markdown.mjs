// The Markdown renderer on the worst inputs found (5,000 characters each): milliseconds per render once warm, and the
// very first render of each in this process, which is what a fresh Worker isolate pays.
import { renderMarkdown } from '../../worker/markdown.ts'

const N = 5000
export const WORST_INPUTS = {
  '5,000 *': '*'.repeat(N),
  '*a × 2,500': '*a'.repeat(N / 2),
  '_ × 5,000': '_'.repeat(N),
  '[ × 5,000': '['.repeat(N),
  '200 * then text': `${'*a '.repeat(66)}${'x'.repeat(N - 200)}`,
  'a@b.co × 700': 'a@b.co '.repeat(700),
  'http://a × 550': 'http://a '.repeat(550),
  '> × 2,500': '> '.repeat(N / 2),
  'nested lists': Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}- a`)
    .join('\n')
    .slice(0, N),
}

export function markdownWorstCases() {
  return Object.entries(WORST_INPUTS).map(([name, text]) => {
    let started = performance.now()
    renderMarkdown(text)
    const firstMs = performance.now() - started
    let renders = 0
    started = performance.now()
    while (performance.now() - started < 200) {
      renderMarkdown(text)
      renders++
    }
    return { name, firstMs, warmMs: (performance.now() - started) / renders }
  })
}
