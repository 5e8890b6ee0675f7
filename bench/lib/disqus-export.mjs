// A large Disqus export for the import benchmark, written as a stream: threads first, then posts, a third of them
// replies (some listed before their parents, as real exports do), some deleted, spam or without an email.
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

const WORDS = 'the ferry runs every day from april to october bring a coin and a bike along the canal path'.split(' ')

/** A small deterministic generator, so every run writes the same file. */
function random(seed) {
  let s = seed
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
}

function message(n, next) {
  const words = Array.from({ length: 20 + Math.floor(next() * 40) }, () => WORDS[Math.floor(next() * WORDS.length)])
  return `<p>Comment ${n}: <b>${words.slice(0, 3).join(' ')}</b> ${words.slice(3, 20).join(' ')}.</p><p>${words
    .slice(20)
    .join(' ')} <a href="https://example.org/${n}">a link</a></p>`
}

/** Writes `comments` posts over `threads` threads to `file`; resolves once it is on disk. */
export async function writeDisqusExport(file, { comments, threads }) {
  const out = createWriteStream(file)
  const write = async (text) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  const next = random(42)
  await write(
    '<?xml version="1.0" encoding="utf-8"?>\n<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">\n',
  )
  for (let t = 0; t < threads; t++) {
    const host = t % 3 === 0 ? 'http://www.bench.example' : 'https://bench.example'
    await write(
      `<thread dsq:id="t${t}"><id/><link>${host}/post/${t}/</link><title>Post ${t}</title>` +
        `<createdAt>2015-01-01T00:00:00Z</createdAt></thread>\n`,
    )
  }
  for (let n = 0; n < comments; n++) {
    const thread = n % threads
    // Replies point at a comment of the same thread, often one further on in the file.
    const reply = next() < 0.33 && n >= threads ? n - threads * (1 + Math.floor(next() * 3)) : null
    const parent =
      reply !== null && reply >= 0 ? `<parent dsq:id="${next() < 0.2 ? reply + threads * 4 : reply}"/>` : ''
    const email = next() < 0.9 ? `<email>reader${n % 5000}@example.org</email>` : ''
    const state = next()
    const time = new Date(Date.UTC(2015, 0, 1) + n * 60_000).toISOString()
    await write(
      `<post dsq:id="${n}"><id/><message><![CDATA[${message(n, next)}]]></message><createdAt>${time}</createdAt>` +
        `<isDeleted>${state < 0.05}</isDeleted><isSpam>${state > 0.98}</isSpam>` +
        `<author>${email}<name>Reader ${n % 5000}</name><isAnonymous>false</isAnonymous></author>` +
        `<thread dsq:id="t${thread}"/>${parent}</post>\n`,
    )
  }
  await write('</disqus>\n')
  out.end()
  await once(out, 'finish')
}
