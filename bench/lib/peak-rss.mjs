// Loaded into the import CLI by the benchmark (node --import): prints the process's peak resident memory on exit.
import { writeSync } from 'node:fs'

process.on('exit', () => writeSync(2, `[peak-rss] ${process.resourceUsage().maxRSS}\n`))
