// CSV for the owner's exports (admin/csv.ts): RFC 4180, with every cell a spreadsheet could run defused.
import { describe, expect, it } from 'vitest'
import { csvField, toCsv } from '../../../worker/admin/csv'

describe('csvField', () => {
  it('defuses cells a spreadsheet would run as a formula: = + - @ tab and CR', () => {
    expect(['=HYPERLINK("http://x")', '+1+2', '-2+3', '@SUM(A1)', '\tx', '\rx'].map(csvField)).toEqual([
      `"'=HYPERLINK(""http://x"")"`,
      `"'+1+2"`,
      `"'-2+3"`,
      `"'@SUM(A1)"`,
      `"'\tx"`,
      `"'\rx"`,
    ])
  })
})

describe('toCsv', () => {
  it('quotes every field, doubles quotes, keeps commas and line breaks inside, and ends rows with CRLF', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          ['line\nbreak', 'plain@example.com'],
        ],
      ),
    ).toBe('"a","b"\r\n"x,y","say ""hi"""\r\n"line\nbreak","plain@example.com"\r\n')
  })
})
