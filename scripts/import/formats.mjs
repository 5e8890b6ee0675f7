// The formats `npm run import` reads: each a reader that yields threads and comments (and, for parley, followers).
import { readDisqus } from './disqus.mjs'
import { readParley } from './parley.mjs'

/** @type {Record<string, (file: string, options: { withPingbacks: boolean }) => AsyncIterable<any>>} */
export const READERS = {
  disqus: readDisqus,
  parley: readParley,
}
