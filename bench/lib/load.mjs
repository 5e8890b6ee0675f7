// HTTP load with autocannon (10 connections, 10 s), with the server tree's CPU time per request measured around it.
import autocannon from 'autocannon'
import { cpuMsBetween, cpuTicks, memoryMb } from './servers.mjs'

export const CONNECTIONS = 10
export const SECONDS = 10
export const WARM_UP_SECONDS = 2

const run = (options) => autocannon({ connections: CONNECTIONS, ...options })

/** An unmeasured run first, so JIT and SQLite's page cache are warm; returns autocannon's result. */
export const warmUp = ({ origin, path, method = 'GET', requests }) =>
  run({ url: `${origin}${path}`, method, ...(requests ? { requests } : {}), duration: WARM_UP_SECONDS })

/**
 * Measures `path` for 10 s (after a warm-up unless `warm` says it was done). `requests` is autocannon's option, for
 * bodies built per request; without it, `path` is requested over and over.
 */
export async function measure(server, { origin, path, method = 'GET', requests, warm = false }) {
  const options = { url: `${origin}${path}`, method, ...(requests ? { requests } : {}) }
  if (!warm) await warmUp({ origin, path, method, requests })
  const cpuBefore = cpuTicks(server.pid)
  const r = await run({ ...options, duration: SECONDS })
  const cpu = cpuMsBetween(cpuBefore, cpuTicks(server.pid))
  const answered = r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx']
  return {
    rps: answered / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    answered,
    errors: r.errors,
    non2xx: r.non2xx,
    cpuMsPerRequest: cpu !== null && answered > 0 ? cpu / answered : null,
    memory: memoryMb(server.pid),
  }
}
