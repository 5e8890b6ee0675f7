// Follows #parley-c<id> in the address bar: the comment is scrolled into view and highlighted.
import { type RefObject } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { byId, commentId, later } from './dom'

export function useHashTarget(ready: boolean, root: RefObject<HTMLElement | null>) {
  const [hl, setHl] = useState<number | null>(null)
  useEffect(() => {
    if (!ready) return
    // The browser cannot find ids inside a shadow root by itself, so the widget does it.
    const go = () => {
      const m = /^#parley-c(\d+)$/.exec(location.hash)
      if (!m) return
      const id = Number(m[1])
      setHl(id)
      later(() => byId(root.current, commentId(id))?.scrollIntoView({ block: 'center' }))
    }
    go()
    addEventListener('hashchange', go)
    return () => removeEventListener('hashchange', go)
  }, [ready])
  return hl
}
