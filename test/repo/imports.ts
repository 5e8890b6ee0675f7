// The import graph of the source tree: every relative import of every .ts/.tsx file, resolved to the file it names.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')

const SOURCE = /\.(tsx?|mjs)$/

/** Static imports and re-exports, side-effect imports and dynamic import() calls; type-only imports count too. */
const SPECIFIERS =
  /(?:^|[\n;])\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g

export function sourceFiles(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name)
      if (name === 'dist' || name === 'node_modules' || name.startsWith('.')) continue
      if (statSync(path).isDirectory()) walk(path)
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) out.push(relative(ROOT, path))
    }
  }
  walk(join(ROOT, folder))
  return out.sort()
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(ROOT, dirname(from), specifier.replace(/\?.*$/, ''))
  const candidates = [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]
  const found = candidates.find((path) => existsSync(path) && statSync(path).isFile())
  return found ? relative(ROOT, found) : relative(ROOT, base)
}

/** Each file and the project files it imports (paths relative to the repository root). */
export function importGraph(folders: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>()
  for (const file of folders.flatMap(sourceFiles)) {
    const source = readFileSync(join(ROOT, file), 'utf8')
    const targets = [...source.matchAll(SPECIFIERS)].map((m) => resolveImport(file, (m[1] ?? m[2])!))
    graph.set(file, [...new Set(targets.filter((t): t is string => t !== null))])
  }
  return graph
}

/** Every strongly connected group of more than one file, or a file importing itself: each is an import cycle. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (node: string) => {
    index.set(node, counter)
    low.set(node, counter++)
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) !== index.get(node)) return
    const group: string[] = []
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      group.push(member)
      if (member === node) break
    }
    if (group.length > 1 || graph.get(node)?.includes(node)) found.push(group.sort())
  }
  for (const node of graph.keys()) if (!index.has(node)) visit(node)
  return found
}
