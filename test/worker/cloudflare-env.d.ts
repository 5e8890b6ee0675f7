// Types for `cloudflare:workers` in tests: the generated bindings (worker/env.generated.d.ts) plus the test-only schema.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_SCHEMA: string
    }
  }
}

export {}
