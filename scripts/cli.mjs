// What every command of scripts/ does with its command line: read it with node:util parseArgs, and on a mistake say
// what went wrong, with the usage, and stop.
import { parseArgs } from 'node:util'

/** A `fail(message, withUsage = true)` that prints `[parley] message` (and the usage) to stderr and exits with 1. */
export const failWith =
  (usage) =>
  (message, withUsage = true) => {
    console.error(`[parley] ${message}${withUsage ? `\n\n${usage}` : ''}`)
    process.exit(1)
  }

/** The values and positionals of the command line, or `fail` with parseArgs's own words. */
export function readArgs(options, fail) {
  try {
    return parseArgs({ options, allowPositionals: true })
  } catch (err) {
    return fail(err.message)
  }
}
