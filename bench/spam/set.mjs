// The labelled set of the spam benchmark, built the same way on every run from the hand-written texts beside this file
// (genuine-*.mjs, spam-*.mjs; what they were modelled on is said in each). Each item is a comment as posted on a Dutch
// or an English site, with its label and kind; `npm run bench:spam` writes them all to bench/spam/set.jsonl.
import * as genuineEn from './genuine-en.mjs'
import * as genuineNl from './genuine-nl.mjs'
import * as spamEn from './spam-en.mjs'
import * as spamNl from './spam-nl.mjs'

const GENUINE_COMPOSED = 110
const SPAMMER_NAMES = ['Jessica', 'Mike Johnson', 'Linda', 'Kevin', 'Sophie', 'Mark']
const slug = (name) => name.toLowerCase().replace(/[^a-z]+/g, '')

function genuine(lang, { OPENERS, MIDDLES, CLOSERS, NAMES, SPECIAL }) {
  const item = (k, body, kind = 'ordinary') => ({
    label: 'genuine',
    lang,
    kind,
    name: NAMES[k % NAMES.length],
    // A quarter of honest readers give their own site, as comment forms invite them to.
    website: k % 4 === 0 ? `https://${slug(NAMES[k % NAMES.length])}.example` : null,
    body,
    // A third are regulars, already published on the site.
    firstComment: k % 3 !== 0,
  })
  const composed = Array.from({ length: GENUINE_COMPOSED }, (_, k) =>
    item(
      k,
      [OPENERS[(k * 7) % OPENERS.length], MIDDLES[k % MIDDLES.length], CLOSERS[(k * 3) % CLOSERS.length]]
        .filter(Boolean)
        .join(' '),
    ),
  )
  return [...composed, ...SPECIAL.map((body, k) => item(k + 1, body, 'links, short, other scripts'))]
}

function spam(lang, { PITCHES, PRAISE, KEYWORD_NAMES, FOREIGN, CAMPAIGN }, pitchRounds) {
  const item = (kind, k, body, extra = {}) => ({
    label: 'spam',
    lang,
    kind,
    name: SPAMMER_NAMES[k % SPAMMER_NAMES.length],
    website: null,
    body,
    firstComment: true,
    ...extra,
  })
  const times = (n, make) => Array.from({ length: n }, (_, k) => make(k))
  const shop = (k) => `https://shop${k}.example/${lang}`
  return [
    ...PITCHES.flatMap((pitch, p) => times(pitchRounds, (r) => item('pitch', p + r, pitch(p * 10 + r)))),
    // The same praise posted three times, its link in the website field.
    ...PRAISE.flatMap((text, p) => times(3, (r) => item('praise + website', p + r, text, { website: shop(p) }))),
    ...KEYWORD_NAMES.flatMap((name, p) =>
      times(2, (r) => item('keyword name', p, PRAISE[(p + r) % PRAISE.length], { name })),
    ),
    ...times(PITCHES.length - 4, (k) => item('only a link', k, `${shop(k)}/deal?id=${k}`)),
    ...FOREIGN.flatMap((text, p) =>
      times(2, (r) => item('other alphabet', p + r, r === 0 ? text : `${text} ${shop(p)}`)),
    ),
    ...CAMPAIGN.flatMap((text, p) => times(4, (r) => item('campaign', p + r, text))),
    // Praise once, no link anywhere: nothing local can tell it from a polite reader.
    ...PRAISE.map((text, p) => item('bare praise', p, `${lang === 'nl' ? 'Beste schrijver' : 'Dear author'}, ${text}`)),
  ]
}

/** A fixed shuffle (mulberry32), so spam and genuine comments interleave the same way on every run. */
function shuffled(items, seed = 12) {
  let a = seed
  const random = () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j], out[i]]
  }
  return out
}

export const buildSet = () =>
  shuffled([
    ...genuine('en', genuineEn),
    ...genuine('nl', genuineNl),
    ...spam('en', spamEn, 6),
    ...spam('nl', spamNl, 5),
  ])
