// Keeps parley.js a classic script that loads its chunks from any page: it must hold no static import, export or
// import.meta, and its import()s must be absolute, since a classic script fetched from another origin (without CORS, as
// an embed is) resolves a relative import() against about:blank. Also writes the chunks' _headers, and clears the old.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Plugin } from 'vite'

type AstNode = { type?: string; start: number; end: number; [key: string]: unknown }

function* importsIn(node: unknown): Generator<AstNode> {
  if (Array.isArray(node)) for (const n of node) yield* importsIn(n)
  else if (node && typeof node === 'object') {
    if ((node as AstNode).type === 'ImportExpression') yield node as AstNode
    for (const value of Object.values(node)) yield* importsIn(value)
  }
}

/**
 * `base`: the entry's top-level variable holding its <script> element, whose src the import()s resolve against.
 * `dir`: where the chunks go, beside parley.js.
 */
export function classicLoader({ entry, base, dir }: { entry: string; base: string; dir: string }): Plugin {
  let outDir = ''
  return {
    name: 'parley-classic-loader',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    // Content-hashed names pile up otherwise: widget/dist is not emptied, as the admin page's build shares it.
    buildStart: () => rmSync(join(outDir, dir), { recursive: true, force: true }),
    renderChunk(code, chunk) {
      if (chunk.fileName !== entry) return null
      const program = this.parse(code)
      const declared = program.body.some(
        (s) => s.type === 'VariableDeclaration' && s.declarations.some((d) => 'name' in d.id && d.id.name === base),
      )
      if (!declared) this.error(`${entry} has no top-level \`${base}\` to resolve its import()s against`)
      let out = ''
      let at = 0
      for (const { source } of importsIn(program)) {
        const { start, end } = source as AstNode
        // import() takes the URL itself: it reads the specifier as a string, which for a URL is its href.
        out += `${code.slice(at, start)}new URL(${code.slice(start, end)}, ${base}.src)`
        at = end
      }
      return { code: out + code.slice(at), map: null }
    },
    generateBundle(_, bundle) {
      const loader = bundle[entry]
      if (loader?.type !== 'chunk') return this.error(`no ${entry} in the bundle`)
      if (loader.imports.length || loader.exports.length || loader.code.includes('import.meta'))
        this.error(`${entry} must stay a classic script: it imports ${loader.imports}, exports ${loader.exports}`)
      // Chunks are imported as modules, across origins: they need CORS. Their names change with their content, so they
      // are cached for good; parley.js keeps its name and is checked on every load (the platform's default).
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/${dir}/*\n  Access-Control-Allow-Origin: *\n  Cache-Control: public, max-age=31536000, immutable\n`,
      })
    },
  }
}
