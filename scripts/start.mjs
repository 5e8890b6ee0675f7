// `npm start`: the whole local demo in one command — build the widget, prepare local D1, serve with `wrangler dev`.
import { spawn, spawnSync } from 'node:child_process'
import { prepareDatabase, root, writeDevVars } from './local-setup.mjs'

writeDevVars()
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }) // the widget and the admin page
if (build.status !== 0) process.exit(build.status ?? 1)
prepareDatabase({ demoThread: true })

console.log(
  '[parley] demo: http://localhost:8787/  ·  mailbox: http://localhost:8787/mail.html  ·  admin: http://localhost:8787/admin (user and password in .dev.vars)',
)
// 127.0.0.1 only: locally every request may claim any client IP (CF-Connecting-IP), so this server is for this machine.
const dev = spawn(
  'wrangler',
  ['dev', '--ip', '127.0.0.1', '--port', '8787', '--test-scheduled', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
)

// wrangler dev never fires cron triggers, and its local queue forgets messages when it reloads after an edit; this
// plays the Cron Trigger of production every minute, so mail left in the outbox is re-driven as it would be there.
const cron = setInterval(() => fetch('http://localhost:8787/__scheduled?cron=*+*+*+*+*').catch(() => {}), 60_000)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => {
  clearInterval(cron)
  process.exit(code ?? 0)
})
