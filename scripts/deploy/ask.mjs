// Asking the person at the terminal: a line shown as typed, or a secret never echoed (raw mode, nothing written back).
// Without a terminal (a pipe, CI) the answers are read line by line from stdin, and shown nowhere; at its end, null.
import { createInterface } from 'node:readline'

let piped
let pipedLines

/** The next line of a piped stdin, or null at its end. */
function nextPipedLine() {
  piped ??= createInterface({ input: process.stdin, terminal: false })
  pipedLines ??= piped[Symbol.asyncIterator]()
  return pipedLines.next().then(({ value, done }) => (done ? null : value))
}

/** Lets the process end although stdin is still open. */
export function closeInput() {
  piped?.close()
  process.stdin.unref?.()
}

/** Whether a person answers at a terminal: then a secret is read in raw mode, since the terminal would echo it. */
export const interactive = () => Boolean(process.stdin.isTTY)

/** A line as typed (trimmed); null when no answer can come. */
export async function askLine(question) {
  process.stdout.write(question)
  if (!interactive()) {
    const line = await nextPipedLine()
    process.stdout.write('\n')
    return line === null ? null : line.trim()
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout })
  const answer = await new Promise((resolve) => rl.question('', resolve))
  rl.close()
  return answer.trim()
}

/** A secret, read without echo; as typed (not trimmed). Ctrl-C stops the deploy. */
export async function askSecret(question) {
  process.stdout.write(question)
  if (!interactive()) {
    const line = await nextPipedLine()
    process.stdout.write('\n')
    return line
  }
  const stdin = process.stdin
  stdin.setRawMode(true)
  stdin.resume()
  stdin.setEncoding('utf8')
  let typed = ''
  try {
    return await new Promise((resolve) => {
      const onData = (chunk) => {
        for (const char of chunk) {
          if (char === '\u0003') {
            process.stdout.write('\n')
            process.exit(130)
          } else if (char === '\r' || char === '\n' || char === '\u0004') {
            stdin.off('data', onData)
            return resolve(typed)
          } else if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1)
          else typed += char
        }
      }
      stdin.on('data', onData)
    })
  } finally {
    stdin.setRawMode(false)
    stdin.pause()
    process.stdout.write('\n')
  }
}
