// `npm test` runs every project: worker (workerd), widget (happy-dom) and e2e (Chromium).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['test/*/vitest.config.ts'],
  },
})
