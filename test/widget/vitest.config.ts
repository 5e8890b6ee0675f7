// Widget tests: Preact components and parley.js's loader in happy-dom, against a stubbed fetch.
import { defineConfig } from 'vitest/config'
import { jsx } from '../../widget/vite.config.ts'

export default defineConfig({
  // The JSX of the build (h from Preact), so that the tests run what readers get.
  oxc: jsx,
  test: {
    name: 'widget',
    environment: 'happy-dom',
    // The test page carries a real <script src=…/parley.js> tag, as an embedding page does: happy-dom must not fetch
    // it (the tests run its loader themselves, with the chunks from source: page.ts).
    environmentOptions: {
      happyDOM: {
        url: 'http://localhost:3000/post',
        settings: { disableJavaScriptFileLoading: true, handleDisabledFileLoadingAsSuccess: true },
      },
    },
    include: ['**/*.test.{ts,tsx}'],
    // The widget imports its stylesheets as strings (`?inline`); Vitest must process CSS to provide them.
    css: true,
    restoreMocks: true,
  },
})
