// Browser end-to-end tests: Chromium (playwright-core) against `wrangler dev`, which the global setup starts and stops.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['**/*.test.ts'],
    globalSetup: ['./global-setup.ts'],
    // One browser and one file at a time: the machine has two cores, and wrangler dev needs one of them.
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
})
