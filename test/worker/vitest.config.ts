// Worker tests: run inside workerd with the real bindings of wrangler.toml (local D1, Queues, send_email).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const schema = readFileSync(new URL('../../schema.sql', import.meta.url), 'utf8')
const migrations = await readD1Migrations(fileURLToPath(new URL('../../migrations', import.meta.url)))

export default defineConfig({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: '../../wrangler.toml' },
      miniflare: {
        // Beside DB (migrated by setup.ts): empty databases for the tests that compare schema.sql and upgrades.
        d1Databases: ['SCHEMA_DB', 'UPGRADE_DB'],
        bindings: {
          SIGNING_KEY: 'test-signing-key-0123456789abcdef0123456789abcdef',
          // The local values, whatever `npm run deploy` has written into wrangler.toml for production.
          PUBLIC_URL: 'http://localhost:8787',
          MAIL_FROM: 'comments@example.com',
          TEST_SCHEMA: schema,
          TEST_MIGRATIONS: migrations,
          // The local-only switches, as `npm start` sets them; they act only on requests to localhost.
          EXPOSE_CHALLENGE_ANSWER: 'true',
          DEV_MAILBOX: 'true',
          // The admin sign-in, as `wrangler secret put ADMIN_USER` / `ADMIN_PASSWORD` would set it.
          ADMIN_USER: 'owner',
          ADMIN_PASSWORD: 'correct horse battery staple',
        },
      },
    }),
  ],
  test: {
    name: 'worker',
    include: ['**/*.test.ts'],
    setupFiles: ['./setup.ts'],
  },
})
