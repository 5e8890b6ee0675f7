// Tests of the command-line scripts, in Node: `npm run deploy` planned from a state, and run end to end against a fake
// wrangler on the PATH (no Cloudflare account, no network).
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'scripts',
    environment: 'node',
    include: ['**/*.test.ts'],
    // Each end-to-end run starts Node and the fake wrangler a dozen times.
    testTimeout: 60_000,
  },
})
