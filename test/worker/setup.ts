// Applies schema.sql to this test file's isolated D1 before its tests run.
import { env } from 'cloudflare:workers'
import { splitSql } from '../../worker/db/split-sql'

const testEnv = env as unknown as { DB: D1Database; TEST_SCHEMA: string }
await testEnv.DB.batch(splitSql(testEnv.TEST_SCHEMA).map((sql) => testEnv.DB.prepare(sql)))
