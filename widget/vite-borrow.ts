// Builds parley-form.js on parley.js's Preact: imports of the modules widget/shared.ts lends read what parley.js registered
// under `key`; any other import from outside widget/form/ fails the build, so nothing is bundled twice by accident.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Plugin } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
const SHARED = here('shared.ts')
const FORM = here('form/')
const LENT = '\0parley-lent'

export function borrowFromParley(key: string): Plugin {
  let names: string[] = []
  let lenders = new Set<string>()
  return {
    name: 'parley-borrow',
    // Before Vite's own resolver, which would otherwise find the lent modules' files and bundle them.
    enforce: 'pre',
    // Vite may start a build's plugins more than once: each start reads shared.ts afresh.
    async buildStart() {
      names = []
      lenders = new Set()
      for (const node of this.parse(readFileSync(SHARED, 'utf8'), { lang: 'ts' }).body) {
        if (node.type === 'ImportDeclaration') {
          const lender = await this.resolve(node.source.value, SHARED)
          if (!lender) this.error(`${SHARED}: cannot find ${node.source.value}`)
          lenders.add(lender.id)
        } else if (node.type === 'ExportNamedDeclaration' && node.declaration?.type === 'VariableDeclaration') {
          const init = node.declaration.declarations[0]?.init
          if (init?.type !== 'ObjectExpression') continue
          for (const p of init.properties)
            if (p.type === 'Property' && p.key.type === 'Identifier') names.push(p.key.name)
        }
      }
      if (!names.length) this.error(`${SHARED} must export \`lent\`, an object of the names it lends`)
    },
    async resolveId(source, importer, options) {
      const found = await this.resolve(source, importer, { ...options, skipSelf: true })
      if (!found || found.id.startsWith(FORM)) return found
      if (lenders.has(found.id)) return LENT
      this.error(
        `${importer} imports ${source}, which parley.js does not lend: add it to widget/shared.ts or move it into widget/form/`,
      )
    },
    load(id) {
      if (id === LENT) return `export const { ${names.join(', ')} } = globalThis[Symbol.for(${JSON.stringify(key)})]\n`
    },
  }
}
