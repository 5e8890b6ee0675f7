// Recognises D1's UNIQUE/PRIMARY KEY failures, which mean "someone got there first" rather than a fault.

/** True when `err` is D1's unique-constraint failure on `column` (as `table.column`). */
export function isUniqueViolation(err: unknown, column: string): boolean {
  // D1 reports constraint failures only as text, sometimes wrapped in a cause.
  const texts = err instanceof Error ? [err.message, err.cause instanceof Error ? err.cause.message : ''] : []
  return texts.some((text) => text.includes(`UNIQUE constraint failed: ${column}`))
}
