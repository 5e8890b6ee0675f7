// The admin session (middleware/admin-session.ts): no credentials configured, no way in.
import { describe, expect, it } from 'vitest'
import { credentialsMatch } from '../../../worker/middleware/admin-session'
import { CREDENTIALS } from '../support/admin'
import { testEnv } from '../support/request'

describe('credentialsMatch', () => {
  it('refuses everyone while ADMIN_USER or ADMIN_PASSWORD is not set', async () => {
    expect(await credentialsMatch({ ...testEnv, ADMIN_PASSWORD: undefined }, CREDENTIALS.user, '')).toBe(false)
    expect(await credentialsMatch({ ...testEnv, ADMIN_USER: '' }, '', CREDENTIALS.password)).toBe(false)
    expect(await credentialsMatch(testEnv, CREDENTIALS.user, CREDENTIALS.password)).toBe(true)
  })
})
