// D1 from the command line: one SQL statement through `wrangler d1 execute` (local state, or --remote), with values
// quoted strictly, for scripts that run outside the Worker.
import { wrangler } from './local-setup.mjs'

/**
 * A SQL literal. Callers check values first; quoting is strict all the same: control characters are refused outright,
 * and a single quote, the only character a SQLite string literal treats specially, is doubled.
 */
export function sqlLiteral(value) {
  if (value === null) return 'NULL'
  if (typeof value === 'number') return String(value)
  if (/[\u0000-\u001f\u007f]/.test(value)) throw new Error('values must not contain control characters')
  return `'${value.replaceAll("'", "''")}'`
}

/** Runs one statement (arguments passed as a list: no shell in between) and returns its rows. */
export function d1Query(statement, { remote = false, persistTo } = {}) {
  const where = remote ? ['--remote'] : ['--local', ...(persistTo ? ['--persist-to', persistTo] : [])]
  const out = wrangler(['d1', 'execute', 'DB', ...where, '--yes', '--json', '--command', statement], { quiet: true })
  const results = JSON.parse(out.slice(out.indexOf('[')))
  return results.at(-1)?.results ?? []
}
