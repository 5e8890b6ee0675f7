// Tests of the repository itself, in Node: how the code is laid out (layers, cycles, file sizes), not what it does.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'repo',
    environment: 'node',
    include: ['**/*.test.ts'],
  },
})
