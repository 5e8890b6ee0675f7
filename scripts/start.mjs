// `npm start`: the whole local demo in one command — build the widget, prepare local D1, serve with `wrangler dev`.
import { spawn, spawnSync } from 'node:child_process'
import { prepareDatabase, root, writeDevVars } from './local-setup.mjs'

writeDevVars()
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }) // the widget and the admin page
if (build.status !== 0) process.exit(build.status ?? 1)
prepareDatabase()

console.log('[parley] demo: http://localhost:8787/  ·  local mailbox: http://localhost:8787/mail.html')
const dev = spawn('wrangler', ['dev', '--port', '8787', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal))
dev.on('exit', (code) => process.exit(code ?? 0))
