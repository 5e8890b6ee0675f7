// Applies schema.sql to this test file's isolated D1 before its tests run.
import { env } from 'cloudflare:workers'
import { splitSql } from '../../worker/db/split-sql'

await env.DB.batch(splitSql(env.TEST_SCHEMA).map((sql) => env.DB.prepare(sql)))
