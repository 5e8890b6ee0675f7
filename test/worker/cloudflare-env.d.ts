// Types for `cloudflare:workers` in tests: the Worker's Env plus the test-only schema, and its main module's exports.
import type { Env as WorkerEnv } from '../../worker/env'

declare global {
  namespace Cloudflare {
    interface Env extends WorkerEnv {
      TEST_SCHEMA: string
    }
    interface GlobalProps {
      mainModule: typeof import('../../worker/index')
    }
  }
}
