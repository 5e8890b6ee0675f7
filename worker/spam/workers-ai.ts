// Workers AI as a further opinion on a comment, optional and off by default: only where wrangler.toml binds `AI`
// (README, "Content checks"). A small instruction-tuned model is asked for one word; its price is in the README.
import type { AiBinding } from '../env'
import { errorFields, logEvent } from '../log'

/** Cloudflare's Llama 3.2 1B Instruct: small, cheap, and enough for a one-word yes or no on a short text. */
export const SPAM_MODEL = '@cf/meta/llama-3.2-1b-instruct'
/** The longest text sent: a comment is at most 5,000 characters; its start tells what it is. */
const MAX_TEXT = 2_000

const INSTRUCTIONS =
  'You moderate comments on a blog, in English, Dutch, German or French. Answer with one word: "spam" if the comment ' +
  'is advertising, a scam, link-building or unrelated to any article; "ok" otherwise. Ordinary questions, thanks and ' +
  'disagreement are ok.'

/** True when the model says spam; false when it says otherwise; null when it could not be asked (logged). */
export async function aiSaysSpam(ai: AiBinding, c: { name: string; website: string | null; body: string }) {
  const comment = `Name: ${c.name}\nWebsite: ${c.website ?? '-'}\nComment:\n${c.body.slice(0, MAX_TEXT)}`
  try {
    const out = (await ai.run(SPAM_MODEL, {
      messages: [
        { role: 'system', content: INSTRUCTIONS },
        { role: 'user', content: comment },
      ],
      max_tokens: 3,
      temperature: 0,
    })) as { response?: unknown }
    if (typeof out.response !== 'string') throw new Error('no response from the model')
    return /^\W*spam\b/i.test(out.response)
  } catch (err) {
    logEvent('error', 'check_failed', { check: 'workers_ai', ...errorFields(err) })
    return null
  }
}
