// What the figures were measured on: CPU, cores, memory, load, Node, and the versions of workerd, wrangler and Miniflare.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { cpus, release, totalmem } from 'node:os'

const require = createRequire(import.meta.url)
// wrangler's own Miniflare and workerd: the ones both `npm run serve` and `wrangler dev` run on.
const fromWrangler = createRequire(require.resolve('wrangler'))
const version = (req, name) => req(`${name}/package.json`).version

export function machine() {
  const cpuModel =
    /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? 'unknown'
  return {
    cpu: cpuModel.trim(),
    cores: cpus().length,
    memoryGb: totalmem() / 1024 ** 3,
    kernel: release(),
    node: process.version,
    workerd: version(fromWrangler, 'workerd'),
    miniflare: version(fromWrangler, 'miniflare'),
    wrangler: version(require, 'wrangler'),
    loadBefore: readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
  }
}
