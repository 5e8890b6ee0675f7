// A stand-in for wrangler in the remote import test. "Production" D1 is a second local D1 (REMOTE_STATE): every
// `--remote` becomes `--local --persist-to REMOTE_STATE` for the real wrangler. Each SQL file it is given is measured
// into REMOTE_LOG (D1's limits are the point), and the FAIL_AT_FILE-th file fails once, as a dropped network would.
import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const args = process.argv.slice(2)
const fileAt = args.indexOf('--file')
if (fileAt >= 0) {
  const sql = readFileSync(args[fileAt + 1], 'utf8')
  const statements = sql.split(/;\n(?=[A-Z])/)
  const sizes = { bytes: Buffer.byteLength(sql), largestStatement: Math.max(...statements.map(Buffer.byteLength)) }
  const log = process.env.REMOTE_LOG
  const measured = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0
  const failed = `${log}.failed`
  if (measured + 1 === Number(process.env.FAIL_AT_FILE) && !existsSync(failed)) {
    writeFileSync(failed, '')
    process.stderr.write('✘ [ERROR] fetch failed: the network went away\n')
    process.exit(1)
  }
  appendFileSync(log, `${JSON.stringify(sizes)}\n`)
}
const real = fileURLToPath(new URL('../../node_modules/wrangler/bin/wrangler.js', import.meta.url))
const mapped = args.flatMap((arg) =>
  arg === '--remote' ? ['--local', '--persist-to', process.env.REMOTE_STATE] : [arg],
)
const run = spawnSync(process.execPath, [real, ...mapped], { stdio: 'inherit' })
process.exit(run.status ?? 1)
