// D1 from the command line: one SQL statement through `wrangler d1 execute` (local state, or --remote), with values
// quoted strictly, for scripts that run outside the Worker.
import { wrangler } from './local-setup.mjs'

/**
 * A SQL literal. Callers check values first; quoting is strict all the same: control characters are refused outright
 * (line breaks and tabs only where `multiline` allows them: a literal holds them as they are), numbers must be finite,
 * and a single quote, the only character a SQLite string literal treats specially, is doubled.
 */
export function sqlLiteral(value, { multiline = false } = {}) {
  if (value === null) return 'NULL'
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('numbers must be finite')
    return String(value)
  }
  const controls = multiline ? /[\u0000-\u0008\u000b-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/
  if (controls.test(value)) throw new Error('values must not contain control characters')
  return `'${value.replaceAll("'", "''")}'`
}

/** Runs one statement (arguments passed as a list: no shell in between) and returns its rows. */
export const d1Query = (statement, where = {}) => d1Queries([statement], where).at(-1) ?? []

/** Runs statements in one wrangler run (each costs seconds to start) and returns the rows of each. */
export function d1Queries(statements, { remote = false, persistTo } = {}) {
  const where = remote ? ['--remote'] : ['--local', ...(persistTo ? ['--persist-to', persistTo] : [])]
  const command = statements.join(';\n')
  const out = wrangler(['d1', 'execute', 'DB', ...where, '--yes', '--json', '--command', command], { quiet: true })
  const results = JSON.parse(out.slice(out.indexOf('[')))
  return results.map((r) => r.results ?? [])
}

/** Runs a file of statements: locally in one go, remotely through D1's import (uploaded, then executed by D1). */
export function d1File(path, { remote = false, persistTo } = {}) {
  const where = remote ? ['--remote'] : ['--local', ...(persistTo ? ['--persist-to', persistTo] : [])]
  wrangler(['d1', 'execute', 'DB', ...where, '--yes', '--file', path], { quiet: true })
}
