// Reading a request's fields: each one's type and length, with a clear error per field.
import type { Context } from 'hono'
import { isOneOf } from './domain'
import { isMailbox } from './email-address'
import { ApiError, invalid } from './errors'

export type Input = Record<string, unknown>

// Control characters (other than newlines and tabs in long text) have no place in a comment and can break mails.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029]/g
const LINE_BREAKS = /[\r\n\t]+/g

function text(input: Input, field: string, max: number, multiline: boolean): string | null {
  const value = input[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'string') throw invalid(field, `${field} must be a string.`)
  const cleaned = (multiline ? value.replace(/\r\n?/g, '\n') : value.replace(LINE_BREAKS, ' '))
    .replace(CONTROL, '')
    .trim()
  if ([...cleaned].length > max) throw invalid(field, `${field} must be at most ${max} characters.`)
  return cleaned === '' ? null : cleaned
}

export function requiredText(input: Input, field: string, max: number, multiline = false): string {
  const value = text(input, field, max, multiline)
  if (value === null) throw invalid(field, `${field} is required.`)
  return value
}

export function optionalText(input: Input, field: string, max: number): string | null {
  return text(input, field, max, false)
}

// Bidi overrides and isolates can make a name or title read backwards or in another order; they go.
const BIDI = /[\u202a-\u202e\u2066-\u2069]/g
// Characters that show as nothing: a name made only of these would be an invisible author.
const INVISIBLE =
  /[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0]/g

/** A text shown as a label (a title): one line, bidi controls removed. */
export function optionalLabel(input: Input, field: string, max: number): string | null {
  return optionalText(input, field, max)?.replace(BIDI, '').trim() || null
}

/** A name people will see: a label with at least one visible character. */
export function requiredName(input: Input, field: string, max: number): string {
  const value = optionalLabel(input, field, max)
  if (value === null || value.replace(INVISIBLE, '') === '') throw invalid(field, `${field} is required.`)
  return value
}

export function optionalEmail(input: Input, field: string): string | null {
  const value = optionalText(input, field, 254)
  if (value !== null && !isMailbox(value)) throw invalid(field, `${field} must be a valid email address.`)
  return value
}

export function requiredEmail(input: Input, field: string): string {
  const value = optionalEmail(input, field)
  if (value === null) throw invalid(field, `${field} is required.`)
  return value
}

export function optionalHttpUrl(input: Input, field: string, max = 500): string | null {
  const value = optionalText(input, field, max)
  if (value === null) return null
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalid(field, `${field} must be an http(s) URL.`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalid(field, `${field} must be an http(s) URL.`)
  return url.href
}

export function optionalId(input: Input, field: string): number | null {
  const value = input[field]
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1)
    throw invalid(field, `${field} must be a positive integer.`)
  return value
}

export function optionalBoolean(input: Input, field: string): boolean {
  const value = input[field]
  if (value === undefined || value === null) return false
  if (typeof value !== 'boolean') throw invalid(field, `${field} must be true or false.`)
  return value
}

/** Query parameters are validated like body fields, so `?site=` errors read the same as `{"site":""}`. */
export const queryInput = (c: Context, ...names: string[]): Input =>
  Object.fromEntries(names.map((name) => [name, c.req.query(name)]))

/** A whole number from a query string (cursor, limit), or the fallback when absent. */
export function pageNumber(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (typeof value !== 'string' || !/^[0-9]{1,16}$/.test(value) || n < min || n > max)
    throw invalid(field, `${field} must be a whole number from ${min} to ${max}.`)
  return n
}

/** The numeric id in a path such as /comments/:id; anything else names nothing, so it is a 404 like an unknown id. */
export function pathId(value: string, what: string): number {
  if (!/^[1-9][0-9]{0,15}$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new ApiError('not_found', `No such ${what}.`)
  return Number(value)
}

/** One of a fixed list of words (a state, a mode), or null when absent; domain.ts holds the lists. */
export function optionalOneOf<T extends string>(input: Input, field: string, allowed: readonly T[]): T | null {
  const value = input[field]
  if (value === undefined || value === null || value === '') return null
  if (!isOneOf(allowed, value)) throw invalid(field, `${field} must be one of ${allowed.join(', ')}.`)
  return value
}

export function requiredOneOf<T extends string>(input: Input, field: string, allowed: readonly T[]): T {
  const value = optionalOneOf(input, field, allowed)
  if (value === null) throw invalid(field, `${field} must be one of ${allowed.join(', ')}.`)
  return value
}
