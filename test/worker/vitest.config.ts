// Worker tests: run inside workerd with the real bindings of wrangler.toml (local D1, Queues, send_email).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin'
import { defineConfig } from 'vitest/config'

const schema = readFileSync(new URL('../../schema.sql', import.meta.url), 'utf8')
const migrations = await readD1Migrations(fileURLToPath(new URL('../../migrations', import.meta.url)))

export default defineConfig({
  // The widget's server renderer from source (wrangler.toml names its build): the tests need no `npm run build`.
  resolve: { alias: { 'parley-ssr': fileURLToPath(new URL('../../widget/ssr.tsx', import.meta.url)) } },
  // JSX as the widget's build has it (widget/vite.config.ts): Preact's own h().
  oxc: { jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' } },
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
          // Off, so a test that seeds D1 directly reads what it seeded; test/worker/middleware/edge-cache.test.ts turns
          // it on for its own requests.
          CACHE_TTL_SECONDS: '0',
        },
      },
    }),
  ],
  test: {
    name: 'worker',
    include: ['**/*.test.ts'],
    setupFiles: ['./setup.ts'],
    globalSetup: ['./support/receiver-setup.ts'],
    // The fragment's styles are the widget's own CSS (widget/ssr.tsx imports it ?inline): processed, not stubbed out.
    css: true,
  },
})
