// Builds the reader's widget into widget/dist: parley.js, one IIFE with Preact, the thread and the comment box;
// parley-form.js, the forms, which parley.js fetches when a reader first uses one; and the demo pages beside them.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, defineConfig, mergeConfig, type Plugin, type UserConfig } from 'vite'
import { borrowFromParley } from './vite-borrow.ts'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

// Both files of one build register and look up the runtime under this key. It changes with any widget source, so a page
// that loaded parley.js before a deploy cannot run the new parley-form.js with it (see widget/index.tsx).
const sources = readdirSync(here('.'), { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(tsx?|css)$/.test(f) && !/^(dist|admin)\//.test(f))
  .sort()
const hash = createHash('sha256').update(sources.map((f) => f + readFileSync(here(f), 'utf8')).join('\0'))
const key = `parley ${hash.digest('hex').slice(0, 8)}`

const common: UserConfig = {
  root: here('.'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('dist'),
    // widget/dist is shared with the admin page's build (widget/dist/admin/): never wipe what another build wrote.
    emptyOutDir: false,
    // Class fields as written (every browser since 2021): an older target wraps them in Babel helpers, 0.3 kB of them.
    target: 'es2022',
  },
}

// The forms' IIFE, built after parley.js (with the same log level); its config is all here, no file of its own to find.
const forms = mergeConfig(common, {
  configFile: false,
  publicDir: false,
  plugins: [borrowFromParley(key)],
  build: {
    lib: { entry: here('form/entry.ts'), name: 'ParleyForm', formats: ['iife'], fileName: () => 'parley-form.js' },
  },
})

const buildForms: Plugin = {
  name: 'parley-form',
  apply: 'build',
  configResolved: (config) => void (forms.logLevel = config.logLevel),
  writeBundle: () => build(forms).then(() => undefined),
}

export default defineConfig(
  mergeConfig(common, {
    // examples/*.html land next to parley.js: the Worker serves widget/dist as its static assets.
    publicDir: here('../examples'),
    define: { __PARLEY_KEY__: JSON.stringify(key) },
    build: {
      // Styles are imported as a string (`?inline`) and put into the shadow root, so no CSS file is emitted.
      lib: {
        entry: here('index.tsx'),
        // The entries export nothing, so the IIFEs assign no global; the name only satisfies Vite.
        name: 'Parley',
        formats: ['iife'],
        fileName: () => 'parley.js',
      },
    },
    plugins: [buildForms],
  }),
)
