// The thread's Atom feed (GET /feed/S.atom?thread=K), beside its heading: the feed icon, named for screen readers.
import { h } from 'preact'
import type { Config } from '../config'

export function FeedLink({ config: { api, where }, label }: { config: Config; label: string }) {
  const href = `${api}/feed/${encodeURIComponent(where.site)}.atom?thread=${encodeURIComponent(where.thread)}`
  return (
    // Named for screen readers, and shown on hover: the icon itself says nothing to either.
    <a class="meta" href={href} type="application/atom+xml" aria-label={label} title={label}>
      <svg viewBox="0 0 8 8" width="1em" height="1em" fill="currentColor" aria-hidden="true">
        <path d="M0 7a1 1 0 002 0 1 1 0 00-2 0zM0 3a5 5 0 015 5H3.6A3.6 3.6 0 000 4.4zM0 0a8 8 0 018 8H6.6A6.6 6.6 0 000 1.4z" />
      </svg>
    </a>
  )
}
