// The one counter of the tests: every site id, thread key, address and IP a test makes up is unique, so no two tests
// meet in D1 or in a rate-limit window by accident.

let counter = 0

/** `<prefix>-<time>-<n>`: unique in this run and the next, and a valid site id. */
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

export const newThreadKey = () => `/${unique('post')}`

export const uniqueEmail = (who: string) => `${who}.${Date.now().toString(36)}.${++counter}@example.com`

/** A fresh IP per call, so tests do not share a rate-limit window by accident. */
export const randomIp = () => `10.${counter % 250}.${Math.floor(Math.random() * 250)}.${++counter % 250}`

/** `n` unique addresses, for a crowd of followers. */
export const uniqueEmails = (n: number, who = 'reader') => Array.from({ length: n }, () => uniqueEmail(who))
