// bench/RESULTS.md holds the main run's report (`npm run bench`) and, after it, one section per separate benchmark
// (such as an import of a large export), each between its own markers: a run of one rewrites only its own part, so the
// figures of a long benchmark survive a rerun of the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../../scripts/local-setup.mjs'

const FILE = join(root, 'bench', 'RESULTS.md')
const SECTIONS = /<!-- bench:([\w-]+) -->[\s\S]*?<!-- \/bench:\1 -->\n/g

const read = () => (existsSync(FILE) ? readFileSync(FILE, 'utf8') : '')
const sections = (text) => text.match(SECTIONS) ?? []
const block = (id, markdown) => `<!-- bench:${id} -->\n${markdown.trim()}\n<!-- /bench:${id} -->\n`

/** Writes the main report, keeping every separate benchmark's section after it. */
export function writeMainReport(markdown) {
  writeFileSync(FILE, [markdown.trimEnd() + '\n', ...sections(read())].join('\n'))
}

/** Writes (or replaces) the section of one separate benchmark, leaving the rest of the file as it is. */
export function writeSection(id, markdown) {
  const text = read()
  const own = sections(text).find((s) => s.startsWith(`<!-- bench:${id} -->`))
  writeFileSync(FILE, own ? text.replace(own, block(id, markdown)) : `${text.trimEnd()}\n\n${block(id, markdown)}`)
}
