// Applies schema.sql to this test file's isolated D1 before its tests run.
import { env } from 'cloudflare:workers'

// One statement per `;` at a line's end, comments dropped: the shape schema.sql keeps.
const statements = env.TEST_SCHEMA.split('\n')
  .filter((line) => !line.trimStart().startsWith('--'))
  .join('\n')
  .split(/;\s*$/m)
  .map((statement) => statement.trim())
  .filter(Boolean)

await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)))
