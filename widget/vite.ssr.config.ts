// Builds widget/ssr.tsx into widget/dist-ssr/ssr.js for the Worker, which imports it as `parley-ssr` (wrangler.toml's
// [alias]): the widget's components, Preact and its string renderer in one ES module, outside the public assets.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { cssTarget, jsx } from './vite.config.ts'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

export default defineConfig({
  root: here('.'),
  publicDir: false,
  oxc: jsx,
  // Everything inlined: the Worker's bundler then has nothing of the widget's to resolve, and one Preact serves both.
  ssr: { target: 'webworker', noExternal: true },
  build: {
    ssr: here('ssr.tsx'),
    outDir: here('dist-ssr'),
    emptyOutDir: true,
    target: 'es2022',
    // The widget's CSS as the widget has it: the fragment must look the same before and after the takeover.
    cssTarget,
    rolldownOptions: { output: { entryFileNames: 'ssr.js' } },
  },
})
