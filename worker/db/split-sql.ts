// Splits a schema file into single statements for db.batch(): comments dropped, one statement per `;` at a line's end.
export function splitSql(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter(Boolean)
}
