// Builds the reader's widget into widget/dist with the bundler's own code splitting: parley.js, the one classic script
// a page names (widget/index.ts), and the ES chunks it imports from its own origin: the widget with Preact (app), the
// reader's words (en, nl, de
// or fr) and, on a first use of a form, the forms (form). The demo pages are copied beside them.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { classicLoader } from './vite-loader.ts'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))
// Where the chunks go, beside parley.js: the folder whose files _headers opens to other origins and caches for good.
const CHUNKS = 'chunks'

/**
 * JSX as Preact's own h(), which every chunk has anyway (tsconfig.json: jsxFactory): the automatic runtime would add
 * its jsx() to the first load, 90 bytes gzip.
 */
export const jsx = { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } } as const

/**
 * light-dark() as written (browsers since 2024): lowered for older ones it would add 70 bytes gzip to the first load;
 * they show the widget in the page's colours instead.
 */
export const cssTarget = ['chrome123', 'firefox120', 'safari17.5']

export default defineConfig({
  root: here('.'),
  oxc: jsx,
  // examples/*.html land next to parley.js: the Worker serves widget/dist as its static assets.
  publicDir: here('../examples'),
  plugins: [classicLoader({ entry: 'parley.js', base: 'script', dir: CHUNKS })],
  build: {
    outDir: here('dist'),
    // widget/dist is shared with the admin page's build (widget/dist/admin/): never wipe what another build wrote.
    emptyOutDir: false,
    // Class fields as written (every browser since 2021): an older target wraps them in Babel helpers, 0.3 kB of them.
    target: 'es2022',
    cssTarget,
    // Library mode: no preload helper around import() (it would read import.meta and the page's base URL).
    lib: { entry: here('index.ts'), formats: ['es'] },
    rolldownOptions: {
      output: {
        entryFileNames: 'parley.js',
        // form/index.ts would otherwise name its chunk "index"; the forms' words (form/words-nl.ts) become "wordsnl", as
        // a name has no dash before its hash. Six characters of hash tell a chunk's versions apart, and parley.js names
        // every chunk of the first load: each character more is a byte more for every reader.
        chunkFileNames: (chunk) =>
          `${CHUNKS}/${chunk.name === 'index' ? 'form' : chunk.name.replace(/\W/g, '')}-[hash:6].js`,
        // Vite keeps a library's ES output readable for its users' bundlers; these files go to browsers as they are.
        minify: true,
        comments: false,
      },
    },
  },
})
