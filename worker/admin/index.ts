// /api/admin/*: same-origin only; sign-in is open, every other route needs the session. The admin API's one entry.
import { Hono } from 'hono'
import { requireSession } from '../middleware/admin-session'
import { sameOriginOnly } from '../middleware/same-origin'
import type { AppEnv } from '../env'
import { audit } from './audit'
import { blocks } from './blocks'
import { comments } from './comments'
import { exporting } from './export'
import { outbox } from './outbox'
import { mailHealth } from './mail-health'
import { login, session } from './sign-in'
import { sites } from './sites'
import { threads } from './threads'

export const admin = new Hono<AppEnv>()

admin.use('*', sameOriginOnly)
admin.route('/', login)
// Hono runs middleware and handlers in the order they are registered, and sign-in answers without calling next():
// so every route mounted below this line, and only those, is behind the session. test/worker/admin/index.test.ts
// walks the app's route table to prove it.
admin.use('*', requireSession)
admin.route('/', session)
admin.route('/comments', comments)
admin.route('/threads', threads)
admin.route('/blocks', blocks)
admin.route('/outbox', outbox)
admin.route('/mail-health', mailHealth)
admin.route('/sites', sites)
admin.route('/audit', audit)
admin.route('/export', exporting)
