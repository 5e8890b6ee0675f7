// Small modules: no source file over 150 lines (at Prettier's 120 columns), so each one holds one idea that reads in
// a sitting. Data tables that Prettier leaves alone (glyphs.ts) count like any other file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, sourceFiles } from './imports'

const MAX_LINES = 150

describe('source files', () => {
  it.each(['worker', 'widget', 'test', 'scripts', 'bench'])(`in %s/ are at most ${MAX_LINES} lines each`, (folder) => {
    const long = sourceFiles(folder)
      .map((file) => [file, readFileSync(join(ROOT, file), 'utf8').trimEnd().split('\n').length] as const)
      .filter(([, lines]) => lines > MAX_LINES)
      .map(([file, lines]) => `${file}: ${lines} lines`)
    expect(long).toEqual([])
  })
})
