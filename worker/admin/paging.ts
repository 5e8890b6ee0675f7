// Cursor paging of the admin lists: newest first, the cursor is the last id seen, so a page never shifts under inserts.
import type { Context } from 'hono'
import { pageNumber, queryInput } from '../validate'

const PAGE_SIZE = 50
const MAX_PAGE_SIZE = 200

export function pageParams(c: Context): { beforeId: number; limit: number } {
  const input = queryInput(c, 'cursor', 'limit')
  return {
    beforeId: pageNumber(input.cursor, 'cursor', 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER),
    limit: pageNumber(input.limit, 'limit', 1, MAX_PAGE_SIZE, PAGE_SIZE),
  }
}
