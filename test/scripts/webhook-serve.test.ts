// The owner's webhook end to end, as production runs it: `npm run serve --no-build` (the deploy bundle on workerd, the
// local queue and its consumer), a site set up with `npm run site -- add --webhook`, a comment posted over HTTP, and a
// real receiver on 127.0.0.1 that checks the call with the README's recipe.
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyParley } from '../../examples/webhook-receiver/verify.mjs'
import { startServer } from '../../bench/lib/servers.mjs'
import { d1Query } from '../../scripts/d1-command.mjs'
import { prepareDatabase, root } from '../../scripts/local-setup.mjs'
import { npm } from './import-support'

const state = mkdtempSync(join(tmpdir(), 'parley-webhook-'))
beforeAll(() => prepareDatabase({ persistTo: state, quiet: true }), 180_000)
afterAll(() => rmSync(state, { recursive: true, force: true }))

type Call = { headers: Record<string, string>; body: string }

/** A receiver on a free port of 127.0.0.1 that answers 204 and keeps every call. */
async function receiver() {
  const calls: Call[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      calls.push({
        headers: req.headers as IncomingHttpHeaders & Record<string, string>,
        body: Buffer.concat(chunks).toString(),
      })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, calls, close: () => server.close() }
}

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise((resolve) => probe.close(resolve))
  return port
}

describe('a webhook under npm run serve', () => {
  it('gets one signed call for a posted comment, which the README recipe verifies', async () => {
    const hook = await receiver()
    const port = await freePort()
    const origin = `http://127.0.0.1:${port}`
    const persist = ['--persist-to', state]
    const add = npm(
      'site',
      '--',
      'add',
      'hooked',
      '--name',
      'Hooked',
      '--origin',
      origin,
      '--webhook',
      hook.url,
      ...persist,
    )
    expect(add.code, add.err).toBe(0)
    const [{ webhook_secret: secret }] = d1Query("SELECT webhook_secret FROM sites WHERE id = 'hooked'", {
      persistTo: state,
    })
    const vars = ['SIGNING_KEY:webhook-test-key-0123456789abcdef', 'EXPOSE_CHALLENGE_ANSWER:true', 'DEV_MAILBOX:true']
    const args = [join(root, 'scripts', 'serve.mjs'), '--port', String(port), '--no-build', ...persist]
    const server = await startServer({
      args: [...args, ...vars.flatMap((v) => ['--var', v])],
      origin,
      cwd: root,
      logPath: join(state, 'serve.log'),
    })
    try {
      const challenge = await (await fetch(`${origin}/api/challenge?site=hooked`)).json()
      const json = {
        site: 'hooked',
        thread: '/post',
        name: 'Ann',
        body: 'Hello <b>there</b>',
        challengeToken: challenge.token,
        challengeAnswer: challenge.answer,
      }
      const posted = await fetch(`${origin}/api/comments`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify(json),
      })
      expect(posted.status).toBe(201)
      const { comment } = await posted.json()
      for (let waited = 0; hook.calls.length === 0 && waited < 30_000; waited += 250) await sleep(250)
      await sleep(1000)
      expect(hook.calls).toHaveLength(1)
      const [call] = hook.calls
      expect(verifyParley(secret, call!.headers, call!.body)).toBe(true)
      expect(JSON.parse(call!.body)).toMatchObject({
        type: 'comment.published',
        site: 'hooked',
        comment: { id: comment.id, text: 'Hello <b>there</b>' },
      })
    } finally {
      await server.stop()
      hook.close()
    }
  }, 240_000)
})
