// Migrates this test file's isolated D1 before its tests run, as `npm start` and deploy migrate a real one.
import { applyD1Migrations } from 'cloudflare:test'
import { env } from 'cloudflare:workers'

await applyD1Migrations(env.DB, env.TEST_MIGRATIONS)
