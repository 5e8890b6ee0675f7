// Builds the admin page (widget/admin/) into widget/dist/admin/, served at /admin: a second entry, so nothing of it
// lands in the reader's parley.js. Runs after the widget build and keeps its output (emptyOutDir: false).
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { jsx } from './vite.config.ts'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: here('admin'),
  base: '/admin/',
  // The demo pages belong to the widget build; this one copies nothing.
  publicDir: false,
  oxc: jsx,
  build: {
    outDir: here('dist/admin'),
    emptyOutDir: false,
    target: 'es2020',
    // No inline scripts or styles: the page's Content-Security-Policy allows only files from its own origin.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
})
