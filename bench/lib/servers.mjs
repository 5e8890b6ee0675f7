// The servers under test: started on 127.0.0.1 in their own process group, stopped by it, and measured from /proc.
import { spawn, spawnSync } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100

/** Spawns `args` with this Node and waits until GET {origin}/api/health answers; its output goes to `logPath`. */
export async function startServer({ args, origin, cwd, logPath, env = {} }) {
  const log = createWriteStream(logPath)
  // A process group of its own, so stopping it also stops the workerd processes it starts, and nothing else.
  const child = spawn(process.execPath, args, {
    cwd,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', ...env },
  })
  child.stdout.pipe(log)
  child.stderr.pipe(log)
  const exited = new Promise((resolve) => child.on('exit', resolve))
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}); see ${logPath}`)
    const ok = await fetch(`${origin}/api/health`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { pid: child.pid, stop: () => stopGroup(child.pid, exited) }
    await sleep(250)
  }
  await stopGroup(child.pid, exited)
  throw new Error(`server did not answer within 120 s; see ${logPath}`)
}

async function stopGroup(pid, exited) {
  const signal = (name) => {
    try {
      process.kill(-pid, name)
    } catch {
      // The group is already gone.
    }
  }
  signal('SIGTERM')
  const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)])
  if (!done) signal('SIGKILL')
  // Children that outlive the leader for a moment (workerd shutting down) are still in the group.
  await sleep(300)
  signal('SIGKILL')
}

function statOf(pid) {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, ppid 4, utime 14, stime 15.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
}

/** The process and every live descendant. */
export function processTree(rootPid) {
  const parents = new Map()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      parents.set(Number(name), statOf(name).ppid)
    } catch {
      // It exited while we looked.
    }
  }
  const tree = [rootPid]
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid)
  return tree
}

/** CPU ticks (user + system) of each live process of the tree, by pid. */
export function cpuTicks(rootPid) {
  const ticks = new Map()
  for (const pid of processTree(rootPid)) {
    try {
      ticks.set(pid, statOf(pid).ticks)
    } catch {
      // It exited while we looked.
    }
  }
  return ticks
}

/**
 * CPU ms the tree spent between two cpuTicks() snapshots, or null when a process of the first is gone: its time went
 * with it (wrangler dev restarts workerd when a source file changes), so no honest total exists.
 */
export function cpuMsBetween(before, after) {
  if ([...before.keys()].some((pid) => !after.has(pid))) return null
  let ticks = 0
  for (const [pid, t] of after) ticks += t - (before.get(pid) ?? 0)
  return (ticks * 1000) / CLOCK_TICKS
}

/** Resident memory of the tree now and at its peak (sum of each process's VmRSS and VmHWM), in MB. */
export function memoryMb(rootPid) {
  let rss = 0
  let peak = 0
  for (const pid of processTree(rootPid)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
      peak += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0)
    } catch {
      // It exited while we looked.
    }
  }
  return { rss: rss / 1024, peak: peak / 1024 }
}
