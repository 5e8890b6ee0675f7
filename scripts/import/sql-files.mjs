// The statements of an import, written to SQL files that stay inside D1's limits: rows grouped into multi-row INSERTs
// under D1's 100 KB statement size, files of a few MB (one wrangler run each, as the CLI has no D1 binding).
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { sqlLiteral } from '../d1-command.mjs'

const MAX_STATEMENT_BYTES = 90_000
const MAX_FILE_BYTES = 4_000_000

/** A row of values as SQL: strings quoted (line breaks kept), numbers and NULL as they are; `raw` parts go in as SQL. */
export const valuesOf = (values) =>
  `(${values.map((v) => (v && typeof v === 'object' ? v.raw : sqlLiteral(v, { multiline: true }))).join(', ')})`

/** Collects statements into numbered files in `dir`; `rows` counts the rows each table is given. */
export function sqlFiles(dir) {
  const files = []
  const rows = {}
  let file = []
  let fileBytes = 0
  let insert = null

  const append = (sql) => {
    const bytes = Buffer.byteLength(sql) + 1
    if (fileBytes + bytes > MAX_FILE_BYTES && file.length > 0) flushFile()
    file.push(sql)
    fileBytes += bytes
  }
  const flushInsert = () => {
    if (insert) append(`${insert.head}\n${insert.rows.join(',\n')}\n${insert.tail};`)
    insert = null
  }
  const flushFile = () => {
    const path = join(dir, `import-${String(files.length + 1).padStart(4, '0')}.sql`)
    writeFileSync(path, `${file.join('\n')}\n`)
    files.push(path)
    file = []
    fileBytes = 0
  }

  return {
    /** One row for `INSERT … VALUES` (`head`) with its `tail` (ON CONFLICT …): joined to the rows before it if it fits. */
    row(table, head, tail, values) {
      const sql = valuesOf(values)
      const bytes = Buffer.byteLength(sql) + 2
      if (insert && (insert.head !== head || insert.bytes + bytes > MAX_STATEMENT_BYTES)) flushInsert()
      insert ??= { head, tail, rows: [], bytes: Buffer.byteLength(head + tail) + 4 }
      insert.rows.push(sql)
      insert.bytes += bytes
      rows[table] = (rows[table] ?? 0) + 1
    },
    statement(sql) {
      flushInsert()
      append(sql)
    },
    /** The files written, in the order they must run. */
    close() {
      flushInsert()
      if (file.length > 0) flushFile()
      return { files, rows }
    },
  }
}
