// Reading a request's JSON body: the right content type, within the size limit, an object; refused before any write.
import type { Context } from 'hono'
import { ApiError } from './errors'
import { MAX_BODY_BYTES } from './limits'
import type { Input } from './validate'

/** Parses a JSON object body; refuses a wrong content type, a body over the limit and broken JSON, before any write. */
export async function readJson(c: Context): Promise<Input> {
  return parseJsonObject(await readJsonText(c))
}

/** The body as sent, for a signature over its exact bytes: a JSON content type and within the limit. */
export async function readJsonText(c: Context): Promise<string> {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    throw new ApiError('bad_request', 'Send the body as application/json.', undefined, 415)
  }
  const declared = Number(c.req.header('content-length') ?? 0)
  if (declared > MAX_BODY_BYTES) throw tooLarge()
  return readLimited(c.req.raw)
}

export function parseJsonObject(text: string): Input {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new ApiError('bad_request', 'The body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new ApiError('bad_request', 'The body must be a JSON object.')
  }
  return parsed as Input
}

const tooLarge = () => new ApiError('payload_too_large', `The body must be at most ${MAX_BODY_BYTES} bytes.`)

// A chunked body has no Content-Length, so the limit is also enforced while reading.
async function readLimited(request: Request): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_BODY_BYTES) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  const decoder = new TextDecoder()
  return chunks.map((chunk) => decoder.decode(chunk, { stream: true })).join('') + decoder.decode()
}
