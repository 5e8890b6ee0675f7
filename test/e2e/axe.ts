// axe-core in Chromium, on the widget alone (its host and its shadow root), for the accessibility tests.
import { fileURLToPath } from 'node:url'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'

const AXE = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'))

/** axe-core's audit of the widget alone (its host and shadow root), in the page as it is now. */
export async function audit(p: Page): Promise<AxeResults> {
  await p.addScriptTag({ path: AXE })
  return p.evaluate(() => (window as unknown as { axe: typeof import('axe-core') }).axe.run({ include: [['#parley']] }))
}

/** Each violation as one readable line: rule, element, what is wrong. */
export const violations = (r: AxeResults) =>
  r.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}) at ${JSON.stringify(n.target)}: ${n.failureSummary ?? v.help}`),
  )

/** How many elements passed the rule `id`. */
export const passed = (r: AxeResults, id: string) => r.passes.find((p) => p.id === id)?.nodes.length ?? 0
