// The mail benchmarks (npm run bench:mail) run in workerd like the worker tests, with their bindings and migrations,
// but only when asked: bench/mail-faults.mjs points vitest here.
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import worker from '../../test/worker/vitest.config'

export default defineConfig({
  plugins: worker.plugins,
  test: {
    name: 'mail-bench',
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.bench.ts'],
    setupFiles: [fileURLToPath(new URL('../../test/worker/setup.ts', import.meta.url))],
    testTimeout: 1_200_000,
    // One benchmark at a time: they would otherwise share the cores and each other's figures.
    fileParallelism: false,
  },
})
