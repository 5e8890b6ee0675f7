// The statements of an import, written to SQL files that stay inside D1's limits: rows grouped into multi-row INSERTs
// under D1's 100 KB statement size, in files of a few MB for D1's import (--remote) and far larger ones locally, where
// each wrangler run (the CLI has no D1 binding) costs seconds before it executes anything.
import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { sqlLiteral } from '../d1-command.mjs'

const MAX_STATEMENT_BYTES = 90_000
export const FILE_BYTES = { remote: 4_000_000, local: 64_000_000 }

/** A row of values as SQL: strings quoted (line breaks kept), numbers and NULL as they are; `raw` parts go in as SQL. */
export const valuesOf = (values) =>
  `(${values.map((v) => (v && typeof v === 'object' ? v.raw : sqlLiteral(v, { multiline: true }))).join(', ')})`

/**
 * Writes statements into numbered files in `dir`, each at most `maxFileBytes`, as they come (nothing held but the
 * INSERT being grouped); `rows` counts the rows each table is given.
 */
export function sqlFiles(dir, maxFileBytes = FILE_BYTES.remote) {
  const files = []
  const rows = {}
  let fd = null
  let fileBytes = 0
  let insert = null

  const append = (sql) => {
    const text = `${sql}\n`
    const bytes = Buffer.byteLength(text)
    if (fd !== null && fileBytes + bytes > maxFileBytes) closeFile()
    if (fd === null) {
      files.push(join(dir, `import-${String(files.length + 1).padStart(4, '0')}.sql`))
      fd = openSync(files.at(-1), 'w')
    }
    writeSync(fd, text)
    fileBytes += bytes
  }
  const flushInsert = () => {
    if (insert) append(`${insert.head}\n${insert.rows.join(',\n')}\n${insert.tail};`)
    insert = null
  }
  const closeFile = () => {
    closeSync(fd)
    fd = null
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
      if (fd !== null) closeFile()
      return { files, rows }
    },
  }
}
