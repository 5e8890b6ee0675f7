// The edge cache's answers that this isolate served last, kept in its memory: a hot read costs no I/O at all, where
// the Cache API costs a lookup per read. Keys are the Cache API's (the generation included), so a purge reaches these
// as soon as the isolate knows the new generation. Bounded in bytes; the entry used longest ago goes first.

/** An answer as stored: its bytes, status and headers (the cache's own ones included), and when it was made. */
export type StoredAnswer = { body: ArrayBuffer; status: number; headers: [string, string][]; storedAt: number }

export class IsolateMemory {
  readonly #entries = new Map<string, StoredAnswer>()
  #bytes = 0

  constructor(readonly maxBytes: number) {}

  /** The entry, if any and not older than `maxAgeMs`; it becomes the most recently used. */
  get(key: string, now: number, maxAgeMs: number): StoredAnswer | undefined {
    const entry = this.#entries.get(key)
    if (!entry) return undefined
    this.delete(key)
    if (now - entry.storedAt >= maxAgeMs) return undefined
    this.#entries.set(key, entry)
    this.#bytes += entry.body.byteLength
    return entry
  }

  set(key: string, entry: StoredAnswer): void {
    this.delete(key)
    // One answer may take a sixteenth at most, so a few large feeds cannot push out every hot thread.
    if (entry.body.byteLength > this.maxBytes / 16) return
    this.#entries.set(key, entry)
    this.#bytes += entry.body.byteLength
    for (const oldest of this.#entries.keys()) {
      if (this.#bytes <= this.maxBytes) break
      this.delete(oldest)
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key)
    if (!entry) return
    this.#entries.delete(key)
    this.#bytes -= entry.body.byteLength
  }
}
