// The bench's data: a `bench` site with threads of 200 and 2,000 comments, 20 small threads for counts, a thread to
// post to, and one with 10,000 active followers; each table filled by one INSERT … SELECT over a recursive CTE.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { wrangler } from '../../scripts/local-setup.mjs'

export const SITE = 'bench'
export const THREADS = { small: '/t200', large: '/t2000', post: '/post', fanOut: '/fan-out' }
export const COUNT_THREADS = Array.from({ length: 20 }, (_, i) => `/count-${i + 1}`)
export const FOLLOWERS = 10_000
/** Text of the 50th comment of a thread: once it is in the page, the first page (50 comments) has been rendered. */
export const LAST_OF_FIRST_PAGE = 'bench-c0050'

const T0 = Date.UTC(2026, 0, 1)
const TEXT =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.'

const comments = (key, n) => `
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${n})
INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
SELECT (SELECT id FROM threads WHERE site_id = '${SITE}' AND key = '${key}'), NULL, 'Reader ' || i,
  printf('%08x', (i * 2654435761) % 4294967296), printf('bench-c%04d: ${TEXT}', i), printf('<p>bench-c%04d: ${TEXT}</p>', i),
  'published', ${T0} + i * 60000
FROM n;`

function seedSql(origins) {
  return `
INSERT INTO sites (id, name, allowed_origins, owner_email, notify_owner, moderation, language, created_at)
VALUES ('${SITE}', 'Parley bench', '${JSON.stringify(origins)}', NULL, 0, 'none', 'en', ${T0});
INSERT INTO threads (site_id, key, title, url, comment_count, created_at) VALUES
  ('${SITE}', '${THREADS.small}', 'A thread of 200 comments', NULL, 200, ${T0}),
  ('${SITE}', '${THREADS.large}', 'A thread of 2,000 comments', NULL, 2000, ${T0}),
  ('${SITE}', '${THREADS.post}', 'Posted to by the bench', NULL, 0, ${T0}),
  ('${SITE}', '${THREADS.fanOut}', 'A thread with ${FOLLOWERS} followers', NULL, 0, ${T0});
${comments(THREADS.small, 200)}
${comments(THREADS.large, 2000)}
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT_THREADS.length})
INSERT INTO threads (site_id, key, title, url, comment_count, created_at)
SELECT '${SITE}', '/count-' || i, 'Count ' || i, NULL, i, ${T0} FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${COUNT_THREADS.length})
INSERT INTO comments (thread_id, parent_id, name, avatar, body, html, status, created_at)
SELECT t.id, NULL, 'Reader ' || n.i, 'abcdef01', 'c', '<p>c</p>', 'published', ${T0}
FROM threads t JOIN n ON n.i <= t.comment_count WHERE t.site_id = '${SITE}' AND t.key LIKE '/count-%';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FOLLOWERS})
INSERT INTO followers (thread_id, email, email_normalized, state, created_at, updated_at)
SELECT (SELECT id FROM threads WHERE site_id = '${SITE}' AND key = '${THREADS.fanOut}'),
  'follower' || i || '@example.com', 'follower' || i || '@example.com', 'active', ${T0}, ${T0}
FROM n;
`
}

/** Writes the bench data into the (fresh, schema-applied) local D1 under `persistTo`. */
export function seed(persistTo, tmpDir, origins) {
  const file = join(tmpDir, 'seed.sql')
  writeFileSync(file, seedSql(origins))
  wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--file', file], { quiet: true })
}

/** One query against the bench's local D1 (with the server stopped), as rows. */
export function query(persistTo, sql) {
  const out = wrangler(['d1', 'execute', 'DB', '--local', '--persist-to', persistTo, '--json', '--command', sql], {
    quiet: true,
  })
  return JSON.parse(out)[0].results
}
