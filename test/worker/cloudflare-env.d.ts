// Types for `cloudflare:workers` in tests: the generated bindings (worker/env.generated.d.ts) plus the test-only ones.
import type { D1Migration } from 'cloudflare:test'

declare global {
  namespace Cloudflare {
    interface Env {
      TEST_SCHEMA: string
      TEST_MIGRATIONS: D1Migration[]
      SCHEMA_DB: D1Database
      UPGRADE_DB: D1Database
    }
  }
}
