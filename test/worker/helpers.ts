// The old entry to the test helpers, for the tests written against it (clock.test.ts, schema.test.ts): every helper
// lives once in support/, and this file only passes the old names on. Import from support/ in new tests.
export { postComment, postOk, solvedChallenge, type PostFields } from './support/api'
export { newThreadKey, randomIp } from './support/ids'
export { BASE, ORIGIN, request, testEnv } from './support/request'
export { seedSite } from './support/seed'
