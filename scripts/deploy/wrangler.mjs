// Runs wrangler for `npm run deploy`: the wrangler on PATH (node_modules/.bin under npm; a fake in the tests), no shell
// between, stdin a pipe so it never prompts. A secret goes in on stdin and so never shows in a process list or a log.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * Runs `command args`, its output captured (and echoed, indented, when `echo`); resolves with the exit status and output.
 * @returns {Promise<{ ok: boolean, status: number | null, stdout: string, stderr: string }>}
 */
export function run(command, args, { input = '', echo = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    const show = (stream) => (chunk) => echo && stream.write(String(chunk).replace(/^(?=.)/gm, '     '))
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdout.on('data', show(process.stdout))
    child.stderr.on('data', show(process.stderr))
    child.on('error', reject)
    child.on('close', (status) => resolve({ ok: status === 0, status, stdout, stderr }))
    child.stdin.on('error', () => {}) // a command that exits without reading its stdin
    child.stdin.end(input)
  })
}

export const wrangler = (args, options) => run('wrangler', args, options)

/** The last lines wrangler wrote, to show why a call failed. */
export const tail = ({ stdout, stderr }) =>
  (stderr.trim() || stdout.trim()).split('\n').slice(-6).join('\n').replace(/^/gm, '     ')

/** JSON from a wrangler answer that may print a line or two before it. */
export function parseJson(text) {
  const start = text.search(/[[{]/)
  if (start < 0) throw new Error(`expected JSON from wrangler, got: ${text.slice(0, 200)}`)
  return JSON.parse(text.slice(start))
}
