// Comments whose name, website and text are the hostile corpus (test/corpus/hostile.json), written as the Worker
// writes them (the text through its own Markdown renderer), for the read paths that must keep them inert.
import corpus from '../../corpus/hostile.json'
import { renderMarkdown } from '../../../worker/markdown'
import { testEnv } from './request'

/** One published comment per hostile string on the thread, each as name and text, the thread counting them. */
export async function seedHostileComments(threadId: number): Promise<string[]> {
  const db = testEnv.DB
  const strings = corpus.strings.filter((s) => s.trim() !== '')
  const insert = db.prepare(
    `INSERT INTO comments (thread_id, parent_id, name, website, avatar, body, html, status, created_at)
     VALUES (?, NULL, ?, ?, 'abcdef01', ?, ?, 'published', ?)`,
  )
  await db.batch([
    ...strings.map((s) =>
      insert.bind(threadId, s.slice(0, 80), 'https://x.example/"><script>', s, renderMarkdown(s), Date.now()),
    ),
    db.prepare('UPDATE threads SET comment_count = comment_count + ? WHERE id = ?').bind(strings.length, threadId),
  ])
  return strings
}
