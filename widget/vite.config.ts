// Builds the widget into one self-contained IIFE, widget/dist/parley.js, and copies the demo pages beside it.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: here('.'),
  // examples/*.html land next to parley.js: the Worker serves widget/dist as its static assets.
  publicDir: here('../examples'),
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('dist'),
    // widget/dist is shared with the admin page's build (widget/dist/admin/): never wipe what another build wrote.
    emptyOutDir: false,
    target: 'es2020',
    // Styles are imported as a string (`?inline`) and put into the shadow root, so no CSS file is emitted.
    lib: {
      entry: here('index.tsx'),
      // The entry exports nothing, so the IIFE assigns no global; the name only satisfies Vite.
      name: 'Parley',
      formats: ['iife'],
      fileName: () => 'parley.js',
    },
  },
})
