// The worker's layers point one way, and no code anywhere imports in a circle. A new folder must be placed in a layer
// here before its first file passes: that is where its place in the design is decided.
import { describe, expect, it } from 'vitest'
import { cycles, importGraph } from './imports'

/** Bottom to top. A file may import from the layers its own layer lists, never from one above. */
const LAYERS: [name: string, files: RegExp, mayImport: string[]][] = [
  ['contract', /^worker\/(domain|limits|api-types|admin-types|dev-mail-types|proof)\.ts$/, []],
  [
    'basics',
    /^worker\/(env|errors|log|tokens|ip-address|email-address|markdown|text|local|validate|json-body|site-rules|export-format)\.ts$/,
    ['contract'],
  ],
  ['db', /^worker\/db\//, ['contract', 'basics']],
  ['challenge', /^worker\/challenge\//, ['contract', 'basics', 'db']],
  ['spam', /^worker\/spam\//, ['contract', 'basics', 'db']],
  ['moderation', /^worker\/moderation\//, ['contract', 'basics', 'db', 'spam']],
  ['mail', /^worker\/mail\//, ['contract', 'basics', 'db', 'moderation']],
  ['write', /^worker\/write\//, ['contract', 'basics', 'db', 'challenge', 'spam']],
  ['cron', /^worker\/cron\.ts$/, ['contract', 'basics', 'db', 'mail']],
  ['middleware', /^worker\/middleware\//, ['contract', 'basics', 'db']],
  ['pages', /^worker\/pages\//, ['contract', 'basics', 'db', 'moderation', 'mail']],
  [
    'routes',
    /^worker\/routes\//,
    ['contract', 'basics', 'db', 'challenge', 'spam', 'moderation', 'mail', 'write', 'middleware', 'pages'],
  ],
  ['admin', /^worker\/admin\//, ['contract', 'basics', 'db', 'challenge', 'spam', 'moderation', 'mail', 'middleware']],
  ['entry', /^worker\/(app|index)\.ts$/, ['contract', 'basics', 'middleware', 'routes', 'admin', 'cron', 'mail']],
]

const layerOf = (file: string) => LAYERS.find(([, files]) => files.test(file))

describe('worker/ layers', () => {
  const graph = importGraph(['worker'])

  it('places every file of worker/ in a layer', () => {
    expect([...graph.keys()].filter((file) => !layerOf(file))).toEqual([])
  })

  it('imports only from its own layer or the layers below it', () => {
    const upward = [...graph].flatMap(([file, targets]) => {
      const [name, , mayImport] = layerOf(file) ?? ['?', /$^/, []]
      return targets
        .map((target) => [target, layerOf(target)?.[0] ?? '?'] as const)
        .filter(([, targetLayer]) => targetLayer !== name && !mayImport.includes(targetLayer))
        .map(([target, targetLayer]) => `${file} (${name}) → ${target} (${targetLayer})`)
    })
    expect(upward).toEqual([])
  })
})

describe('import cycles', () => {
  it.each(['worker', 'widget'])('finds none in %s/', (folder) => {
    expect(cycles(importGraph([folder]))).toEqual([])
  })

  it('lets the widget import from worker/ only the contract: API types, domain lists and limits', () => {
    const reached = [...importGraph(['widget'])].flatMap(([, targets]) =>
      targets.filter((t) => t.startsWith('worker/')),
    )
    const contract = LAYERS[0]![1]
    expect([...new Set(reached)].filter((target) => !contract.test(target))).toEqual([])
  })
})
