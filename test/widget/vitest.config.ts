// Widget tests: Preact components and the boot script in happy-dom, against a stubbed fetch.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    name: 'widget',
    environment: 'happy-dom',
    // The test page carries a real <script src=…parley.js> tag, and the widget adds one for parley-form.js: happy-dom
    // must not try to fetch them (helpers.ts plays the browser's part for parley-form.js).
    environmentOptions: {
      happyDOM: { url: 'http://localhost:3000/post', settings: { handleDisabledFileLoadingAsSuccess: true } },
    },
    include: ['**/*.test.{ts,tsx}'],
    // The widget imports its stylesheet as a string (`?inline`); Vitest must process CSS to provide it.
    css: true,
    restoreMocks: true,
  },
})
