// Times leave D1 as INTEGER epoch milliseconds and the API as ISO 8601 strings: the one conversion, for every mapper.

export const iso = (ms: number): string => new Date(ms).toISOString()

export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms))
