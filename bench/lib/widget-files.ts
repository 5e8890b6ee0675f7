// Which built files of the widget (widget/dist) a reader downloads, followed through the files themselves as a browser
// follows them: before the first comment shows, parley.js, the chunks it imports (the widget's code and the reader's
// language) and all they import in turn; on the first use of a form, the forms chunk and what it adds to those.
import { readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'

// `import{…}from"./x.js"` and `import"./x.js"`: what a module needs before it runs.
const STATIC = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g
// `import("./x.js")`, and parley.js's `import(new URL("./x.js", …))`: what a module loads when it asks.
const DYNAMIC = /\bimport\((?:new URL\()?["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g

export type WidgetFiles = {
  /** Per language: every file that loads before the first comment shows, parley.js first. */
  first: Record<string, string[]>
  /** What the first use of a form adds to that (in Dutch: the forms' words are in the reader's language). */
  forms: string[]
}

/** A chunk's name without its content hash: "chunks/app-B9s4fo.js" → "app". */
export const chunkName = (file: string) => /([^/]+)-[\w-]{6}\.js$/.exec(file)?.[1] ?? file

export function widgetFiles(dist: string): WidgetFiles {
  const imports = (file: string, re: RegExp) =>
    [...readFileSync(join(dist, file), 'utf8').matchAll(re)].map((m) => normalize(join(dirname(file), m[1] ?? '')))
  const withStatic = (file: string, seen = new Set<string>()): Set<string> => {
    if (!seen.has(file)) {
      seen.add(file)
      for (const next of imports(file, STATIC)) withStatic(next, seen)
    }
    return seen
  }
  const asked = imports('parley.js', DYNAMIC)
  const app = asked.find((f) => chunkName(f) === 'app')
  if (!app) throw new Error(`parley.js imports no app chunk: ${asked.join(', ')}`)
  const first: Record<string, string[]> = {}
  for (const words of asked.filter((f) => f !== app))
    first[chunkName(words)] = [...new Set(['parley.js', ...withStatic(app), ...withStatic(words)])]
  const loaded = new Set(Object.values(first).flat())
  const form = imports(app, DYNAMIC).find((f) => chunkName(f) === 'form')
  if (!form) throw new Error(`the app chunk imports no forms chunk`)
  // The forms' words come with them, one language's: the Dutch ones, as the budget is counted in Dutch.
  const words = imports(form, DYNAMIC).filter((f) => chunkName(f) === 'wordsnl')
  const forms = new Set([form, ...words].flatMap((f) => [...withStatic(f)]))
  return { first, forms: [...forms].filter((f) => !loaded.has(f)) }
}
