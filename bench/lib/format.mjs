// Markdown tables and number formats for bench/RESULTS.md.
export const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')
export const n0 = (x) => Math.round(x).toLocaleString('en-US')
export const n1 = (x) => x.toFixed(1)
export const n2 = (x) => (x === null ? 'n/a' : x.toFixed(2))
