// The formats `npm run import` reads: each a reader that yields threads and comments (and, for parley, followers).
import { readDisqus } from './disqus.mjs'
import { readParley } from './parley.mjs'
import { readRemark42 } from './remark42.mjs'
import { readWxr } from './wxr.mjs'

/** @type {Record<string, (file: string, options: { withPingbacks: boolean }) => AsyncIterable<any>>} */
export const READERS = {
  disqus: readDisqus,
  wxr: readWxr,
  // Loaded on use: node:sqlite is marked experimental in Node 22, and says so on loading.
  isso: async function* (file) {
    const { readIsso } = await import('./isso.mjs')
    yield* readIsso(file)
  },
  remark42: readRemark42,
  parley: readParley,
}
