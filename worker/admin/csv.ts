// CSV per RFC 4180 that is also safe to open in a spreadsheet: every field quoted, and formulas defused.

// A spreadsheet runs a cell starting with one of these as a formula (=HYPERLINK(…), +cmd|…, -2+3, @SUM(…)); tab and
// CR starts are read the same way by some. A leading apostrophe makes such a cell plain text. An address can legally
// start with = + - or @, so this does change how such a value reads: it shows with a leading '.
const FORMULA_START = /^[=+\-@\t\r]/

export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value
  // Quoting every field keeps commas, quotes and line breaks inside values harmless; quotes inside are doubled.
  return `"${text.replace(/"/g, '""')}"`
}

/** Rows joined with CRLF, as RFC 4180 asks, ending with one too. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
